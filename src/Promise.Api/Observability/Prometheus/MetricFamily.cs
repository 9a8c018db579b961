namespace Promise.Api.Observability.Prometheus;

/// <summary>One Prometheus metric family: a name, HELP text, TYPE and its series.</summary>
internal abstract class MetricFamily(string name, string help, PrometheusType type)
{
    public string Name { get; } = name;

    public string Help { get; } = help;

    public PrometheusType Type { get; } = type;

    /// <summary>Writes HELP, TYPE and the samples current in scrape <paramref name="generation"/>.</summary>
    public abstract void Write(ExpositionWriter writer, long generation);
}
