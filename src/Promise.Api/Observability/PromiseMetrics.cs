using System.Diagnostics.Metrics;

namespace Promise.Api.Observability;

/// <summary>
/// Promise.Api's own instruments. Names, units and buckets live here as constants; instrument
/// names already are the Prometheus family names, so the exporter renders them unchanged.
/// </summary>
internal sealed class PromiseMetrics
{
    public const string MeterName = "Promise.Api";

    public const string RequestsTotal = "otp_requests_total";
    public const string RequestDuration = "otp_request_duration_seconds";
    public const string BulkLinesTotal = "otp_bulk_lines_total";
    public const string BulkDuration = "otp_bulk_duration_seconds";

    public const string EndpointTag = "endpoint";
    public const string StatusTag = "status";
    public const string OutcomeTag = "outcome";
    public const string OutcomeOk = "ok";
    public const string OutcomeError = "error";

    public const string SecondsUnit = "s";
    public const string RequestUnit = "{request}";
    public const string LineUnit = "{line}";

    /// <summary>Upper bounds in seconds, inclusive: 0.5 ms up to 5 s for single promise calls.</summary>
    public static IReadOnlyList<double> RequestDurationBuckets { get; } =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    /// <summary>Upper bounds in seconds, inclusive: 0.1 s up to 1 h for whole bulk streams.</summary>
    public static IReadOnlyList<double> BulkDurationBuckets { get; } =
        [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600];

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _requestDuration;
    private readonly Counter<long> _bulkLines;
    private readonly Histogram<double> _bulkDuration;

    public PromiseMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>(
            RequestsTotal, RequestUnit, "Promise API requests by endpoint route and HTTP status code.");
        _requestDuration = meter.CreateHistogram(
            RequestDuration,
            SecondsUnit,
            "Promise API request duration by endpoint route, in seconds.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = RequestDurationBuckets });
        _bulkLines = meter.CreateCounter<long>(
            BulkLinesTotal, LineUnit, "Bulk promise lines answered, by outcome (ok or error).");
        _bulkDuration = meter.CreateHistogram(
            BulkDuration,
            SecondsUnit,
            "Duration of whole bulk promise streams, in seconds.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = BulkDurationBuckets });
    }

    /// <summary>One finished request; <paramref name="endpoint"/> is a route template such as <c>/otp/promise</c>.</summary>
    public void RecordRequest(string endpoint, int statusCode, TimeSpan elapsed)
    {
        var endpointTag = new KeyValuePair<string, object?>(EndpointTag, endpoint);
        _requests.Add(1, endpointTag, new KeyValuePair<string, object?>(StatusTag, StatusCodeText.Of(statusCode)));
        _requestDuration.Record(elapsed.TotalSeconds, endpointTag);
    }

    public void RecordBulkLine(bool ok) =>
        _bulkLines.Add(1, new KeyValuePair<string, object?>(OutcomeTag, ok ? OutcomeOk : OutcomeError));

    public void RecordBulkDuration(TimeSpan elapsed) => _bulkDuration.Record(elapsed.TotalSeconds);
}
