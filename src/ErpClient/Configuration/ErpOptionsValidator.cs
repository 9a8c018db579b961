using Microsoft.Extensions.Options;

namespace Promise.ErpClient.Configuration;

/// <summary>Start-up validation of <c>Erp:*</c>: one message naming every broken key, never a value.</summary>
internal sealed class ErpOptionsValidator : IValidateOptions<ErpOptions>
{
    public ValidateOptionsResult Validate(string? name, ErpOptions options)
    {
        var errors = new List<string>();
        if (options.EffectiveMode == ErpMode.ErpNext)
        {
            if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                errors.Add("Erp:BaseUrl must be an absolute http(s) URL in ErpNext mode.");
            }

            if (string.IsNullOrWhiteSpace(options.ApiKey))
            {
                errors.Add("Erp:ApiKey is required in ErpNext mode.");
            }

            if (string.IsNullOrWhiteSpace(options.ApiSecret))
            {
                errors.Add("Erp:ApiSecret is required in ErpNext mode.");
            }
        }

        if (options.EffectiveMode == ErpMode.Embedded && !string.IsNullOrWhiteSpace(options.FixtureFile) && !File.Exists(options.FixtureFile))
        {
            errors.Add("Erp:FixtureFile does not name an existing file.");
        }

        Positive(errors, options.Timeout, "Erp:Timeout");
        Positive(errors, options.AttemptTimeout, "Erp:AttemptTimeout");
        if (options.AttemptTimeout > options.Timeout)
        {
            errors.Add("Erp:AttemptTimeout must not exceed Erp:Timeout.");
        }

        Range(errors, options.MaxRetries, 0, 10, "Erp:MaxRetries");
        Positive(errors, options.RetryBaseDelay, "Erp:RetryBaseDelay");
        Positive(errors, options.MaxRetryAfter, "Erp:MaxRetryAfter");
        Range(errors, options.MaxConcurrency, 1, 1024, "Erp:MaxConcurrency");
        if (options.CoalesceWindow < TimeSpan.Zero || options.CoalesceWindow > TimeSpan.FromSeconds(1))
        {
            errors.Add("Erp:CoalesceWindow must be between 0 and 1 second.");
        }

        Range(errors, options.MaxBatchItems, 1, 5000, "Erp:MaxBatchItems");
        Range(errors, options.MaxItemsInFlight, 0, 100_000, "Erp:MaxItemsInFlight");
        if (options.MaxBatchHold < TimeSpan.Zero || options.MaxBatchHold > TimeSpan.FromSeconds(1))
        {
            errors.Add("Erp:MaxBatchHold must be between 0 and 1 second.");
        }
        Range(errors, options.PageSize, 1, 100_000, "Erp:PageSize");
        Range(errors, options.MaxGetUrlLength, 512, 65_536, "Erp:MaxGetUrlLength");
        if (options.BreakerFailureRatio is <= 0 or > 1)
        {
            errors.Add("Erp:BreakerFailureRatio must be greater than 0 and at most 1.");
        }

        Range(errors, options.BreakerMinimumThroughput, 2, 10_000, "Erp:BreakerMinimumThroughput");
        if (options.BreakerSamplingDuration < TimeSpan.FromMilliseconds(500))
        {
            errors.Add("Erp:BreakerSamplingDuration must be at least 500 ms.");
        }

        if (options.BreakerBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            errors.Add("Erp:BreakerBreakDuration must be at least 500 ms.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    internal static void Positive(List<string> errors, TimeSpan value, string key)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{key} must be a positive duration.");
        }
    }

    internal static void Range(List<string> errors, long value, long min, long max, string key)
    {
        if (value < min || value > max)
        {
            errors.Add($"{key} must be between {min} and {max}.");
        }
    }
}
