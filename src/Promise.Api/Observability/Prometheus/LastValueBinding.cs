namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// Observable instruments and Gauge: the last reported value. Values from observable callbacks
/// carry the scrape generation, so a tag set the callback stopped reporting disappears.
/// </summary>
internal sealed class LastValueBinding(ValueFamily family, UnitConversion unit, ObservationClock? clock) : InstrumentBinding(unit)
{
    protected override void RecordCore(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var series = family.Series.Get(tags);
        if (clock is null)
        {
            series.Set(value);
        }
        else
        {
            series.Observe(value, clock.Generation);
        }
    }
}
