using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Promise.ErpClient.Observability;
using Promise.ErpClient.Supply;

namespace Promise.ErpClient.DependencyInjection;

/// <summary>
/// Runs when the host starts: declares the ERP client's instruments (so <c>/metrics</c> lists them before the
/// first promise); in embedded mode loads the fixture (a broken one fails start-up, not the first request);
/// in ErpNext mode starts connecting to Redis and subscribing to invalidations (never blocking start-up).
/// </summary>
/// <remarks>
/// The services are resolved in <see cref="StartAsync"/>, not injected: the host constructs every hosted service
/// before it validates the options, and constructing these reads <c>Erp:*</c> and <c>Redis:*</c>, which would
/// report that one section's errors instead of every invalid section's.
/// </remarks>
internal sealed class SupplyStartupService(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Constructing these is the work: the meter's instruments, the fixture load, the Redis connection.
        GC.KeepAlive(services.GetRequiredService<ErpClientMetrics>());
        GC.KeepAlive(services.GetRequiredService<ISupplyProvider>());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
