using System.Globalization;

namespace Promise.Reliability.Tests.Infrastructure;

/// <summary>Configuration sets for the reliability suites: ERPNext mode with a small, fast call budget.</summary>
public static class Settings
{
    public static readonly TimeSpan ErpTimeout = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(1);
    public const int MaxRetries = 2;

    /// <summary>
    /// ERPNext mode against <paramref name="erp"/>: 3 s total, 1 s per attempt, 2 retries 50 ms apart, and a
    /// breaker that does not open unless a test asks for it (minimum throughput 1000). Short enough for fast
    /// fault tests, long enough that a cold, CPU-starved first call (JIT, 2 shared cores) still fits.
    /// </summary>
    public static Dictionary<string, string?> ForErp(Uri erp) => new()
    {
        ["Erp:BaseUrl"] = erp.ToString(),
        ["Erp:ApiKey"] = SecretValues.ErpApiKey,
        ["Erp:ApiSecret"] = SecretValues.ErpApiSecret,
        ["Erp:Timeout"] = Span(ErpTimeout),
        ["Erp:AttemptTimeout"] = Span(AttemptTimeout),
        ["Erp:MaxRetries"] = MaxRetries.ToString(CultureInfo.InvariantCulture),
        ["Erp:RetryBaseDelay"] = "00:00:00.050",
        ["Erp:MaxRetryAfter"] = "00:00:02",
        ["Erp:BreakerMinimumThroughput"] = "1000",
        ["Promise:Warehouses:0:Name"] = SiteData.Stores,
        ["Promise:Warehouses:0:Priority"] = "10",
        ["Promise:Warehouses:0:Cutoff"] = "14:00",
        ["Promise:Warehouses:0:TimeZone"] = "UTC",
    };

    /// <summary><see cref="ForErp(Uri)"/> plus <paramref name="extra"/> (later keys win).</summary>
    public static Dictionary<string, string?> ForErp(Uri erp, IReadOnlyDictionary<string, string?> extra)
    {
        var settings = ForErp(erp);
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static string Span(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
