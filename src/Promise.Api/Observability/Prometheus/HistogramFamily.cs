namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// A histogram family with fixed upper bounds (inclusive, base units). Series keep per-bucket
/// counts; the cumulative <c>_bucket</c> lines, <c>_sum</c> and <c>_count</c> are computed when written.
/// </summary>
internal sealed class HistogramFamily : MetricFamily
{
    private readonly double[] _bounds;
    private readonly string[] _upperBoundTexts;
    private readonly string _sumName;
    private readonly string _countName;

    /// <summary>Bounds must be strictly increasing and finite; +Inf is implied.</summary>
    public HistogramFamily(string name, string help, IReadOnlyList<double> bounds)
        : base(name, help, PrometheusType.Histogram)
    {
        _bounds = [.. bounds];
        _upperBoundTexts = [.. _bounds.Select(PrometheusText.FormatValue), "+Inf"];
        _sumName = name + "_sum";
        _countName = name + "_count";
        var bucketCount = _bounds.Length + 1;
        Series = new SeriesTable<HistogramSeries>(labels => new HistogramSeries(labels, bucketCount));
    }

    public SeriesTable<HistogramSeries> Series { get; }

    public IReadOnlyList<double> Bounds => _bounds;

    /// <summary>The bucket of <paramref name="value"/>: the first bound at or above it, else +Inf.</summary>
    public int BucketOf(double value)
    {
        var index = Array.BinarySearch(_bounds, value);
        return index >= 0 ? index : ~index;
    }

    public override void Write(ExpositionWriter writer, long generation)
    {
        writer.WriteHeader(Name, Help, Type);
        var counts = new long[_upperBoundTexts.Length];
        foreach (var series in Series.Snapshot)
        {
            series.CopyCounts(counts);
            long cumulative = 0;
            for (var i = 0; i < counts.Length; i++)
            {
                cumulative += counts[i];
                writer.WriteBucket(Name, series.Labels, _upperBoundTexts[i], cumulative);
            }

            writer.WriteSample(_sumName, series.Labels, series.Sum);
            writer.WriteSample(_countName, series.Labels, cumulative);
        }
    }
}
