namespace Promise.Perf.Baseline;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Baseline ready: {Bytes}-byte response body")]
    public static partial void LogBaselineReady(this ILogger logger, int bytes);
}
