namespace Promise.Api.Observability.Prometheus;

/// <summary>One time series of a family: its rendered labels plus the aggregate kept by the subclass.</summary>
internal abstract class MetricSeries(string labels)
{
    public string Labels { get; } = labels;
}
