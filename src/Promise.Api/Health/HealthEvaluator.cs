using System.Reflection;
using Promise.Api.Contracts;
using Promise.ErpClient.Health;

namespace Promise.Api.Health;

/// <summary>
/// Turns the supply side's report into the contract's health: <c>unhealthy</c> (503) when ERPNext is
/// unreachable with nothing usable cached or our credentials are rejected; <c>degraded</c> when Redis is
/// down, the holiday list is forbidden, stale data is served, or the breaker is not closed.
/// </summary>
internal static class HealthEvaluator
{
    public const string EmbeddedMessage = "embedded demo data";

    public static readonly string Version = ReadVersion();

    public static HealthResponse Evaluate(SupplyHealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var embedded = IsEmbedded(report);
        var unhealthy = !embedded && (report.CredentialsRejected || !report.CanServe);
        var degraded = !embedded && (
            (report.RedisConfigured && !report.RedisConnected)
            || report.HolidayListForbidden
            || report.ServingStale
            || report.CircuitBreaker != CircuitState.Closed);
        return new HealthResponse
        {
            Status = unhealthy ? "unhealthy" : degraded ? "degraded" : "healthy",
            Version = Version,
            ErpnextConnected = !embedded && report.ErpConnected,
            Message = embedded ? EmbeddedMessage : Message(report),
            Erp = new ErpHealth
            {
                Mode = report.Mode,
                Connected = report.ErpConnected,
                CredentialsRejected = report.CredentialsRejected,
                HolidayListForbidden = report.HolidayListForbidden,
                ServingStale = report.ServingStale,
                CanServe = embedded || report.CanServe,
                MasterDataLoaded = embedded || report.MasterDataLoaded,
                LastError = report.LastError,
                LastSuccess = report.LastSuccess is { } at ? WireTime.Format(at) : null,
            },
            Redis = new RedisHealth(report.RedisConfigured, report.RedisConnected),
            CircuitBreaker = report.CircuitBreaker switch
            {
                CircuitState.Open => "open",
                CircuitState.HalfOpen => "half_open",
                _ => "closed",
            },
        };
    }

    /// <summary>
    /// <c>/health/ready</c>: not <c>unhealthy</c>, and in ErpNext mode warmed up (the master data read once, see
    /// <see cref="SupplyHealthReport.MasterDataLoaded"/>). Embedded mode is ready from the start.
    /// </summary>
    public static bool IsReady(SupplyHealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return IsEmbedded(report) || (report.MasterDataLoaded && !report.CredentialsRejected && report.CanServe);
    }

    private static bool IsEmbedded(SupplyHealthReport report) => string.Equals(report.Mode, "Embedded", StringComparison.OrdinalIgnoreCase);

    private static string? Message(SupplyHealthReport report)
    {
        if (report.CredentialsRejected)
        {
            return "ERPNext rejected our API credentials";
        }

        if (!report.CanServe)
        {
            return "ERPNext is unreachable and no usable cached data exists";
        }

        if (!report.MasterDataLoaded)
        {
            return "warming up: the master data has not been read yet (not ready)";
        }

        if (report.ServingStale)
        {
            return "serving cached data past its TTL: ERPNext refreshes are failing";
        }

        if (report.HolidayListForbidden)
        {
            return "the holiday list cannot be read: promising with weekly off days only";
        }

        return report.RedisConfigured && !report.RedisConnected ? "Redis is unreachable: L2 cache off" : report.LastError;
    }

    private static string ReadVersion()
    {
        var informational = typeof(HealthEvaluator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // Drop the "+<commit>" build metadata the SDK appends.
        return informational?.Split('+')[0] ?? "0.0.0";
    }
}
