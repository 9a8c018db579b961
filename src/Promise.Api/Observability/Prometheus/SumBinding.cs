namespace Promise.Api.Observability.Prometheus;

/// <summary>Counter and UpDownCounter: a running sum per series. A counter ignores negative and NaN deltas (it must never go down).</summary>
internal sealed class SumBinding(ValueFamily family, UnitConversion unit, bool monotonic) : InstrumentBinding(unit)
{
    protected override void RecordCore(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (double.IsNaN(value) || (monotonic && value < 0))
        {
            return;
        }

        family.Series.Get(tags).Add(value);
    }
}
