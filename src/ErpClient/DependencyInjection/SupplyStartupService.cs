using Microsoft.Extensions.Hosting;
using Promise.ErpClient.Observability;
using Promise.ErpClient.Supply;

namespace Promise.ErpClient.DependencyInjection;

/// <summary>
/// Runs when the host starts: declares the ERP client's instruments (so <c>/metrics</c> lists them before the
/// first promise); in embedded mode loads the fixture (a broken one fails start-up, not the first request);
/// in ErpNext mode starts connecting to Redis and subscribing to invalidations (never blocking start-up).
/// </summary>
internal sealed class SupplyStartupService(ErpClientMetrics metrics, ISupplyProvider provider) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Constructing these is the work: the meter's instruments, the fixture load, the Redis connection.
        GC.KeepAlive(metrics);
        GC.KeepAlive(provider);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
