namespace Promise.Api.Observability.Prometheus;

/// <summary>The System.Diagnostics.Metrics instrument shapes, which decide type and aggregation.</summary>
internal enum InstrumentKind
{
    Counter,
    UpDownCounter,
    Gauge,
    Histogram,
    ObservableCounter,
    ObservableUpDownCounter,
    ObservableGauge,
}
