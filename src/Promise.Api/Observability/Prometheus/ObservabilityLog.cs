namespace Promise.Api.Observability.Prometheus;

/// <summary>Source-generated log messages of the exporter.</summary>
internal static partial class ObservabilityLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning,
        Message = "Instrument {Instrument} of meter {Meter} maps to metric family {Family}, which is already exported with another type or buckets; it is not exported.")]
    public static partial void InstrumentConflict(ILogger logger, string instrument, string meter, string family);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Debug,
        Message = "Instrument {Instrument} of meter {Meter} maps to metric family {Family}, which the exporter computes itself; it is not exported.")]
    public static partial void InstrumentShadowed(ILogger logger, string instrument, string meter, string family);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning,
        Message = "Observable instrument callbacks failed during a metrics scrape; their values are missing from this scrape.")]
    public static partial void ObservationFailed(ILogger logger, Exception exception);
}
