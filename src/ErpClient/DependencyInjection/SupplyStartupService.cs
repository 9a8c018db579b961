using Microsoft.Extensions.Hosting;
using Promise.ErpClient.Caching;
using Promise.ErpClient.Observability;

namespace Promise.ErpClient.DependencyInjection;

/// <summary>
/// Runs when the host starts, without blocking it: declares the ERP client's instruments (so <c>/metrics</c>
/// lists them before the first promise) and, in ErpNext mode, connects to Redis and subscribes to
/// invalidations (so health reports Redis correctly and no invalidation published meanwhile is missed).
/// </summary>
internal sealed class SupplyStartupService(ErpClientMetrics metrics, ICacheInvalidator invalidator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Constructing these is the work: the meter's instruments, and the invalidator's connection and subscription.
        GC.KeepAlive(metrics);
        GC.KeepAlive(invalidator);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
