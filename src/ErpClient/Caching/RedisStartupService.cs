using Microsoft.Extensions.Hosting;

namespace Promise.ErpClient.Caching;

/// <summary>
/// Connects to Redis and subscribes to invalidations when the host starts, so health reports Redis correctly
/// before the first promise and no invalidation published meanwhile is missed. Never blocks start-up.
/// </summary>
internal sealed class RedisStartupService(ICacheInvalidator invalidator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(invalidator); // constructing the invalidator starts the connection and the subscription
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
