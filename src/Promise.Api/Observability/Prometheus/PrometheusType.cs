namespace Promise.Api.Observability.Prometheus;

/// <summary>The metric types of the text format 0.0.4 that the exporter writes.</summary>
internal enum PrometheusType
{
    Counter,
    Gauge,
    Histogram,
}
