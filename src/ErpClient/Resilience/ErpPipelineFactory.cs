using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using Promise.ErpClient.Configuration;
using Promise.ErpClient.Http;
using Promise.ErpClient.Observability;

namespace Promise.ErpClient.Resilience;

/// <summary>Builds the two Polly pipelines of <see cref="ErpResilience"/> from <c>Erp:*</c> options.</summary>
internal static class ErpPipelineFactory
{
    /// <summary>Outside the concurrency gate: the total timeout, then retries with jittered backoff honouring Retry-After.</summary>
    public static ResiliencePipeline CreateOuter(ErpOptions options, TimeProvider timeProvider)
    {
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider, Name = "erpnext-outer" }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.Timeout, Name = "total" })
            .AddRetry(new RetryStrategyOptions
            {
                Name = "retry",
                MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.Timeout,
                ShouldHandle = args => ValueTask.FromResult(
                    options.MaxRetries > 0 && args.Outcome.Exception is { } e && IsRetryable(e, options.MaxRetryAfter)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is ErpHttpException { RetryAfter: { } after } ? after : (TimeSpan?)null),
            })
            .Build();
    }

    /// <summary>
    /// Inside the concurrency gate: the circuit breaker, then the per-attempt timeout. Waiting for a free
    /// slot is therefore never an attempt timeout and never counts as an ERPNext failure.
    /// </summary>
    public static ResiliencePipeline CreateInner(ErpOptions options, CircuitBreakerStateProvider breakerState, TimeProvider timeProvider, ILogger logger)
    {
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider, Name = "erpnext-inner" }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                Name = "breaker",
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                StateProvider = breakerState,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsTransient(e)),
                OnOpened = _ => Changed(logger, "opened"),
                OnHalfOpened = _ => Changed(logger, "half-open"),
                OnClosed = _ => Changed(logger, "closed"),
            })
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout, Name = "attempt" })
            .Build();
    }

    /// <summary>429/5xx, an attempt timeout, or a network/body failure: ERPNext may answer on a later try.</summary>
    public static bool IsTransient(Exception e) => e switch
    {
        ErpHttpException http => http.IsTransient,
        TimeoutRejectedException => true,
        _ => IsNetworkFailure(e),
    };

    /// <summary>Refit wraps a failed send or body read in <see cref="Refit.ApiRequestException"/>: look inside it.</summary>
    public static bool IsNetworkFailure(Exception e) => e is HttpRequestException or IOException or JsonException
        || (e is Refit.ApiRequestException { InnerException: { } inner } && IsNetworkFailure(inner));

    /// <summary>A Retry-After longer than we may wait makes retrying pointless: fail now and pass it on.</summary>
    private static bool IsRetryable(Exception e, TimeSpan maxRetryAfter) => e switch
    {
        ErpHttpException { RetryAfter: { } after } http => http.IsTransient && after <= maxRetryAfter,
        _ => IsTransient(e),
    };

    private static ValueTask Changed(ILogger logger, string state)
    {
        Log.BreakerChanged(logger, state);
        return ValueTask.CompletedTask;
    }
}
