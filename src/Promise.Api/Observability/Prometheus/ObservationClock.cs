namespace Promise.Api.Observability.Prometheus;

/// <summary>Numbers the scrapes, so values from observable callbacks are written only by the scrape that observed them.</summary>
internal sealed class ObservationClock
{
    private long _generation;

    public long Generation => Volatile.Read(ref _generation);

    public long Advance() => Interlocked.Increment(ref _generation);
}
