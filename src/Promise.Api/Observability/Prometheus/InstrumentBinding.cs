namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// The listener's per-instrument state: converts each measurement to the family's base unit and
/// folds it into the series of its tag set.
/// </summary>
internal abstract class InstrumentBinding(UnitConversion unit)
{
    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        RecordCore(unit.Apply(value), tags);

    protected abstract void RecordCore(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags);
}
