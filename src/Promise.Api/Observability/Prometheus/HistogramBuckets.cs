using System.Diagnostics.Metrics;

namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// Chooses a histogram's upper bounds (base units): the instrument's advice when it gives valid
/// bounds, else this table by family name, else a default by unit.
/// </summary>
internal static class HistogramBuckets
{
    /// <summary>Prometheus client libraries' default, in seconds: 5 ms to 10 s.</summary>
    public static IReadOnlyList<double> DefaultSeconds { get; } = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    /// <summary>Powers of four from 1 KiB to 1 GiB.</summary>
    public static IReadOnlyList<double> DefaultBytes { get; } =
        [1_024, 4_096, 16_384, 65_536, 262_144, 1_048_576, 4_194_304, 16_777_216, 67_108_864, 268_435_456, 1_073_741_824];

    /// <summary>ERPNext round trips: 1 ms (cache-warm local) to 10 s (beyond the whole ERP budget).</summary>
    public static IReadOnlyList<double> ErpRequestSeconds { get; } = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private static readonly Dictionary<string, IReadOnlyList<double>> ByFamily = new(StringComparer.Ordinal)
    {
        [PromiseMetrics.RequestDuration] = PromiseMetrics.RequestDurationBuckets,
        [PromiseMetrics.BulkDuration] = PromiseMetrics.BulkDurationBuckets,
        ["otp_erp_request_duration_seconds"] = ErpRequestSeconds,
    };

    public static IReadOnlyList<double> For(Instrument instrument, string familyName, UnitConversion unit)
    {
        var advice = AdviceOf(instrument);
        if (advice is not null)
        {
            var converted = advice.Select(unit.Apply).ToArray();
            if (AreValid(converted))
            {
                return converted;
            }
        }

        if (ByFamily.TryGetValue(familyName, out var table))
        {
            return table;
        }

        return unit.Suffix == "bytes" ? DefaultBytes : DefaultSeconds;
    }

    /// <summary>Bounds must be finite and strictly increasing for cumulative buckets to make sense.</summary>
    public static bool AreValid(IReadOnlyList<double> bounds)
    {
        if (bounds.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < bounds.Count; i++)
        {
            if (!double.IsFinite(bounds[i]) || (i > 0 && bounds[i] <= bounds[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<double>? AdviceOf(Instrument instrument) => instrument switch
    {
        Histogram<double> h => h.Advice?.HistogramBucketBoundaries,
        Histogram<float> h => h.Advice?.HistogramBucketBoundaries?.Select(static b => (double)b),
        Histogram<long> h => h.Advice?.HistogramBucketBoundaries?.Select(static b => (double)b),
        Histogram<int> h => h.Advice?.HistogramBucketBoundaries?.Select(static b => (double)b),
        Histogram<short> h => h.Advice?.HistogramBucketBoundaries?.Select(static b => (double)b),
        Histogram<byte> h => h.Advice?.HistogramBucketBoundaries?.Select(static b => (double)b),
        Histogram<decimal> h => h.Advice?.HistogramBucketBoundaries?.Select(static b => (double)b),
        _ => null,
    };
}
