using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Promise.ErpClient.Configuration;
using Promise.ErpClient.Health;
using Promise.ErpClient.Http;
using Promise.ErpClient.Observability;
using Promise.ErpClient.Supply;

namespace Promise.ErpClient.Resilience;

/// <summary>
/// Runs every ERPNext call through: total timeout → retry (429/5xx/network only, jittered, honouring
/// Retry-After) → bounded concurrency (a slot per attempt) → circuit breaker → per-attempt timeout. Transient failures leave as
/// <see cref="ErpUnavailableException"/>; ERPNext's refusals (401/403/404/417) leave as <see cref="ErpHttpException"/>
/// for the caller to handle (optional-field fallback, holiday-list 403) or convert.
/// </summary>
internal sealed class ErpResilience : IDisposable
{
    private readonly ResiliencePipeline _outer;
    private readonly ResiliencePipeline _inner;
    private readonly SemaphoreSlim _slots;
    private readonly ErpClientMetrics _metrics;
    private readonly SupplyHealthTracker _health;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ErpResilience> _logger;
    private readonly ErpOptions _options;

    public ErpResilience(
        IOptions<ErpOptions> options,
        CircuitBreakerStateProvider breakerState,
        ErpClientMetrics metrics,
        SupplyHealthTracker health,
        TimeProvider timeProvider,
        ILogger<ErpResilience> logger)
    {
        _options = options.Value;
        _metrics = metrics;
        _health = health;
        _timeProvider = timeProvider;
        _logger = logger;
        _slots = new SemaphoreSlim(_options.MaxConcurrency, _options.MaxConcurrency);
        _outer = ErpPipelineFactory.CreateOuter(_options, timeProvider);
        _inner = ErpPipelineFactory.CreateInner(_options, breakerState, timeProvider, logger);
    }

    public void Dispose() => _slots.Dispose();

    public async Task<T> ExecuteAsync<T>(string query, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _outer.ExecuteAsync(
                static async (state, ct) => await state.Self.GatedAttemptAsync(state.Query, state.Attempt, ct),
                (Self: this, Query: query, Attempt: attempt),
                cancellationToken);
            _health.RecordSuccess();
            return result;
        }
        catch (BrokenCircuitException e)
        {
            _metrics.ErpRejectedFast(query, "circuit_open");
            throw new ErpUnavailableException("ERPNext circuit breaker is open.", e) { RetryAfter = e.RetryAfter ?? _options.BreakerBreakDuration };
        }
        catch (ErpHttpException e) when (e.IsTransient)
        {
            throw Unavailable(query, $"{e.StatusCode} {e.ExcType}", e, e.RetryAfter);
        }
        catch (ErpHttpException e)
        {
            _health.RecordRejected($"rejected {e.StatusCode} {e.ExcType}", credentials: e.StatusCode == 401);
            throw;
        }
        catch (TimeoutRejectedException e)
        {
            throw Unavailable(query, "timeout", e, retryAfter: null);
        }
        catch (Exception e) when (ErpPipelineFactory.IsNetworkFailure(e))
        {
            throw Unavailable(query, e.GetType().Name, e, retryAfter: null);
        }
    }

    private ErpUnavailableException Unavailable(string query, string reason, Exception cause, TimeSpan? retryAfter)
    {
        _health.RecordUnavailable(reason);
        Log.ErpCallFailed(_logger, query, reason);
        return new ErpUnavailableException($"ERPNext is unavailable ({query}: {reason}).", cause) { RetryAfter = retryAfter };
    }

    private async Task<T> GatedAttemptAsync<T>(string query, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await _inner.ExecuteAsync(
                static async (state, ct) => await state.Self.AttemptAsync(state.Query, state.Attempt, ct),
                (Self: this, Query: query, Attempt: attempt),
                cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<T> AttemptAsync<T>(string query, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();
        var outcome = "success";
        try
        {
            return await attempt(cancellationToken);
        }
        catch (ErpHttpException e)
        {
            outcome = e.StatusCode switch
            {
                429 => "rate_limited",
                >= 500 => "server_error",
                _ => "rejected",
            };
            throw;
        }
        catch (OperationCanceledException)
        {
            outcome = "timeout";
            throw;
        }
        catch (JsonException)
        {
            outcome = "malformed";
            throw;
        }
        catch (Exception)
        {
            outcome = "network";
            throw;
        }
        finally
        {
            _metrics.ErpRequest(query, outcome, _timeProvider.GetElapsedTime(started).TotalSeconds);
        }
    }
}
