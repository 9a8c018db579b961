using Microsoft.Extensions.Options;

namespace Promise.ErpClient.Configuration;

/// <summary>Start-up validation of <c>Redis:*</c>. The connection string itself is never echoed.</summary>
internal sealed class RedisOptionsValidator : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        var errors = new List<string>();
        if (options.Enabled)
        {
            try
            {
                _ = StackExchange.Redis.ConfigurationOptions.Parse(options.Configuration!);
            }
            catch (ArgumentException)
            {
                errors.Add("Redis:Configuration is not a valid StackExchange.Redis connection string.");
            }
        }

        if (string.IsNullOrEmpty(options.KeyPrefix))
        {
            errors.Add("Redis:KeyPrefix must not be empty.");
        }

        ErpOptionsValidator.Positive(errors, options.OperationTimeout, "Redis:OperationTimeout");
        ErpOptionsValidator.Positive(errors, options.ConnectTimeout, "Redis:ConnectTimeout");
        ErpOptionsValidator.Positive(errors, options.BreakDuration, "Redis:BreakDuration");
        ErpOptionsValidator.Range(errors, options.FailureThreshold, 1, 1000, "Redis:FailureThreshold");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
