namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// A histogram series: per-bucket (not cumulative) counts plus the sum, all updated without
/// locks. The last bucket is <c>+Inf</c>.
/// </summary>
internal sealed class HistogramSeries(string labels, int bucketCount) : MetricSeries(labels)
{
    private readonly long[] _counts = new long[bucketCount];
    private double _sum;

    public double Sum => Volatile.Read(ref _sum);

    public void Record(int bucket, double value)
    {
        Interlocked.Increment(ref _counts[bucket]);
        AtomicDouble.Add(ref _sum, value);
    }

    /// <summary>Copies the per-bucket counts; the copy is what gets written, so _count equals the +Inf bucket.</summary>
    public void CopyCounts(Span<long> destination)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            destination[i] = Volatile.Read(ref _counts[i]);
        }
    }
}
