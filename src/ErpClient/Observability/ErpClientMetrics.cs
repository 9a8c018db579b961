using System.Diagnostics.Metrics;
using Polly.CircuitBreaker;

namespace Promise.ErpClient.Observability;

/// <summary>
/// Every instrument of the ERP client, named exactly as the Prometheus series the API exports
/// (api-contract.md "Health and metrics"); the exporter finds them by these names.
/// </summary>
internal sealed class ErpClientMetrics
{
    public const string MeterName = "Promise.ErpClient";
    public const string ErpRequests = "otp_erp_requests_total";
    public const string ErpRequestDuration = "otp_erp_request_duration_seconds";
    public const string CacheRequests = "otp_cache_requests_total";
    public const string CircuitBreakerState = "otp_circuit_breaker_state";

    /// <summary>Seconds, 0.5 ms to 5 s, roughly ×2.5 per bucket (the API's request histogram uses the same range).</summary>
    public static readonly IReadOnlyList<double> DurationBuckets =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private readonly Counter<long> _erpRequests;
    private readonly Histogram<double> _erpDuration;
    private readonly Counter<long> _cacheRequests;

    public ErpClientMetrics(IMeterFactory meterFactory, CircuitBreakerStateProvider breaker)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(new MeterOptions(MeterName));
        _erpRequests = meter.CreateCounter<long>(ErpRequests, "{request}", "HTTP calls to ERPNext by query and outcome.");
        _erpDuration = meter.CreateHistogram(
            ErpRequestDuration,
            "s",
            "Duration of HTTP calls to ERPNext by query.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _cacheRequests = meter.CreateCounter<long>(CacheRequests, "{request}", "Supply cache lookups by tier (l1, l2) and result (hit, miss, stale, error).");
        meter.CreateObservableGauge(
            CircuitBreakerState,
            () => (int)ToState(breaker),
            "{state}",
            "Circuit breaker toward ERPNext: 0 closed, 1 half-open, 2 open.");
    }

    public static Health.CircuitState ToState(CircuitBreakerStateProvider breaker) => breaker.CircuitState switch
    {
        Polly.CircuitBreaker.CircuitState.Closed => Health.CircuitState.Closed,
        Polly.CircuitBreaker.CircuitState.HalfOpen => Health.CircuitState.HalfOpen,
        _ => Health.CircuitState.Open,
    };

    public void ErpRequest(string query, string outcome, double seconds)
    {
        _erpRequests.Add(1, new KeyValuePair<string, object?>("query", query), new KeyValuePair<string, object?>("outcome", outcome));
        _erpDuration.Record(seconds, new KeyValuePair<string, object?>("query", query));
    }

    public void ErpRejectedFast(string query, string outcome) =>
        _erpRequests.Add(1, new KeyValuePair<string, object?>("query", query), new KeyValuePair<string, object?>("outcome", outcome));

    public void Cache(string tier, string result, int count = 1)
    {
        if (count > 0)
        {
            _cacheRequests.Add(count, new KeyValuePair<string, object?>("tier", tier), new KeyValuePair<string, object?>("result", result));
        }
    }
}
