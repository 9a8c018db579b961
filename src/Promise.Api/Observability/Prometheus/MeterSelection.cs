using System.Diagnostics.Metrics;

namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// Which meters are exported: Promise's own, ASP.NET Core's, HttpClient's and the runtime's.
/// A meter created through an <see cref="IMeterFactory"/> is exported only by the exporter of
/// that same container, so several hosts in one process (tests) never see each other's metrics.
/// </summary>
internal static class MeterSelection
{
    public const string ErpClientMeter = "Promise.ErpClient";
    public const string RuntimeMeter = "System.Runtime";
    private const string AspNetCorePrefix = "Microsoft.AspNetCore.";

    private static readonly HashSet<string> Exact = new(StringComparer.Ordinal)
    {
        PromiseMetrics.MeterName,
        ErpClientMeter,
        RuntimeMeter,
        "System.Net.Http",
        "System.Net.NameResolution",
    };

    public static bool Includes(Meter meter, IMeterFactory ownFactory) =>
        (meter.Scope is null || ReferenceEquals(meter.Scope, ownFactory))
        && (Exact.Contains(meter.Name) || meter.Name.StartsWith(AspNetCorePrefix, StringComparison.Ordinal));
}
