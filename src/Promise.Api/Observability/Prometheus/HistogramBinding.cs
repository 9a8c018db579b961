namespace Promise.Api.Observability.Prometheus;

/// <summary>Histogram: one bucket increment and a sum update per measurement, no locks.</summary>
internal sealed class HistogramBinding(HistogramFamily family, UnitConversion unit) : InstrumentBinding(unit)
{
    protected override void RecordCore(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (double.IsNaN(value))
        {
            return;
        }

        family.Series.Get(tags).Record(family.BucketOf(value), value);
    }
}
