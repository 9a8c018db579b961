using System.Diagnostics.Metrics;

namespace Promise.Api.Observability.Prometheus;

/// <summary>Classifies instruments and maps them to Prometheus types.</summary>
internal static class InstrumentKinds
{
    private static readonly Dictionary<Type, InstrumentKind> ByDefinition = new()
    {
        [typeof(Counter<>)] = InstrumentKind.Counter,
        [typeof(UpDownCounter<>)] = InstrumentKind.UpDownCounter,
        [typeof(Gauge<>)] = InstrumentKind.Gauge,
        [typeof(Histogram<>)] = InstrumentKind.Histogram,
        [typeof(ObservableCounter<>)] = InstrumentKind.ObservableCounter,
        [typeof(ObservableUpDownCounter<>)] = InstrumentKind.ObservableUpDownCounter,
        [typeof(ObservableGauge<>)] = InstrumentKind.ObservableGauge,
    };

    public static InstrumentKind? Classify(Instrument instrument)
    {
        var type = instrument.GetType();
        return type.IsGenericType && ByDefinition.TryGetValue(type.GetGenericTypeDefinition(), out var kind) ? kind : null;
    }

    /// <summary>Only monotonic sums are counters; up-down counters are gauges, as in OpenTelemetry.</summary>
    public static PrometheusType ToPrometheusType(this InstrumentKind kind) => kind switch
    {
        InstrumentKind.Counter or InstrumentKind.ObservableCounter => PrometheusType.Counter,
        InstrumentKind.Histogram => PrometheusType.Histogram,
        _ => PrometheusType.Gauge,
    };
}
