namespace Promise.Api.Observability.Prometheus;

/// <summary>A counter or gauge family: one sample per series.</summary>
internal sealed class ValueFamily(string name, string help, PrometheusType type) : MetricFamily(name, help, type)
{
    public SeriesTable<ValueSeries> Series { get; } = new(static labels => new ValueSeries(labels));

    public override void Write(ExpositionWriter writer, long generation)
    {
        writer.WriteHeader(Name, Help, Type);
        foreach (var series in Series.Snapshot)
        {
            if (series.IsCurrent(generation))
            {
                writer.WriteSample(Name, series.Labels, series.Value);
            }
        }
    }
}
