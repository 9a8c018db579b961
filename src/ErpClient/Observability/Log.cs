using Microsoft.Extensions.Logging;

namespace Promise.ErpClient.Observability;

/// <summary>Source-generated log messages. None of them carries a secret, a body or a traceback.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "ERPNext {Query} call failed: {Reason}")]
    public static partial void ErpCallFailed(ILogger logger, string query, string reason);

    [LoggerMessage(2, LogLevel.Warning, "ERPNext site does not know optional {Doctype} fields; reading without them from now on")]
    public static partial void OptionalFieldsDropped(ILogger logger, string doctype);

    [LoggerMessage(3, LogLevel.Warning, "ERPNext refused holiday list {HolidayList} ({Status}); promising with weekly-off rules only")]
    public static partial void HolidayListRefused(ILogger logger, string holidayList, int status);

    [LoggerMessage(4, LogLevel.Warning, "Redis L2 cache call failed ({Operation}): {Reason}")]
    public static partial void L2Failed(ILogger logger, string operation, string reason);

    [LoggerMessage(5, LogLevel.Warning, "Background refresh of {Kind} failed: {Reason}")]
    public static partial void RefreshFailed(ILogger logger, string kind, string reason);

    [LoggerMessage(6, LogLevel.Information, "Webhook invalidated {Count} item(s) ({Doctype})")]
    public static partial void WebhookInvalidated(ILogger logger, int count, string doctype);

    [LoggerMessage(7, LogLevel.Warning, "Webhook rejected: {Reason}")]
    public static partial void WebhookRejected(ILogger logger, string reason);

    [LoggerMessage(8, LogLevel.Information, "Supply mode {Mode}: {Detail}")]
    public static partial void Started(ILogger logger, string mode, string detail);

    [LoggerMessage(10, LogLevel.Warning, "ERPNext refused the purchase-order query ({Status}); promising without PO supply")]
    public static partial void PurchaseOrdersRefused(ILogger logger, int status);

    [LoggerMessage(9, LogLevel.Warning, "ERPNext circuit breaker {State}")]
    public static partial void BreakerChanged(ILogger logger, string state);

    [LoggerMessage(11, LogLevel.Information, "Master data read after {Attempts} attempt(s): ready")]
    public static partial void WarmedUp(ILogger logger, int attempts);

    [LoggerMessage(12, LogLevel.Warning, "Reading master data at start-up failed (attempt {Attempt}, {Reason}); not ready, retrying in {Delay}")]
    public static partial void WarmupFailed(ILogger logger, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(13, LogLevel.Information, "Start-up warm-up: {Count} item master(s) read into the cache")]
    public static partial void ItemsWarmedUp(ILogger logger, int count);

    [LoggerMessage(14, LogLevel.Information, "Dropped {Count} cached stock entries: {Why} (invalidations sent while this instance was not listening are lost)")]
    public static partial void StockDropped(ILogger logger, int count, string why);
}
