namespace Promise.Api.Observability.Prometheus;

/// <summary>A counter or gauge series: a running sum, or the last value set or observed.</summary>
internal sealed class ValueSeries(string labels) : MetricSeries(labels)
{
    private const long NeverObserved = -1;

    private double _value;
    private long _observedGeneration = NeverObserved;

    public double Value => Volatile.Read(ref _value);

    public void Add(double delta) => AtomicDouble.Add(ref _value, delta);

    public void Set(double value) => Volatile.Write(ref _value, value);

    /// <summary>A value from an observable instrument's callback during the scrape of <paramref name="generation"/>.</summary>
    public void Observe(double value, long generation)
    {
        Volatile.Write(ref _value, value);
        Volatile.Write(ref _observedGeneration, generation);
    }

    /// <summary>Observed series are written only if their callback reported them in this scrape.</summary>
    public bool IsCurrent(long generation)
    {
        var observed = Volatile.Read(ref _observedGeneration);
        return observed == NeverObserved || observed == generation;
    }
}
