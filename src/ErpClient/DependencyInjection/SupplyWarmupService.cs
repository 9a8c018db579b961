using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Promise.ErpClient.Caching;
using Promise.ErpClient.Configuration;
using Promise.ErpClient.Health;
using Promise.ErpClient.Observability;
using Promise.ErpClient.Supply;

namespace Promise.ErpClient.DependencyInjection;

/// <summary>
/// ErpNext mode: once the host has started, reads the Item masters into L1 (in pages, at most half of
/// <c>Cache:L1SizeLimit</c>; only without Redis: with Redis an instance fills its L1 on demand from the shared
/// cache, never from ERPNext, when another instance has read them), then the site's master data (warehouses,
/// company holiday lists) through the cache, and builds a first snapshot so the supply path is compiled before
/// traffic arrives. Readiness waits for the master data (<see cref="SupplyHealthReport.MasterDataLoaded"/>).
/// Never blocks start-up: Kestrel listens (liveness answers) while it runs. Each attempt is bounded by the ERP
/// call budget (<c>Erp:Timeout</c>); a failed attempt is retried after 1 s, doubling up to 30 s, until one
/// succeeds (a promise that reads the master data first counts too) or the host stops.
/// </summary>
/// <remarks>
/// The supply services are resolved when the warm-up runs, not injected: the host constructs every hosted
/// service before it validates the options, and constructing them reads <c>Erp:*</c> and <c>Redis:*</c>.
/// </remarks>
internal sealed class SupplyWarmupService(
    IServiceProvider services,
    IOptions<CacheOptions> cacheOptions,
    TimeProvider timeProvider,
    ILogger<SupplyWarmupService> logger) : BackgroundService
{
    internal static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    internal static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>Item masters read at start-up: at most half of <c>Cache:L1SizeLimit</c>, so stock entries keep room.</summary>
    private int MaxItems => (int)Math.Clamp(cacheOptions.Value.L1SizeLimit / 2, 1, int.MaxValue);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // the host's start (and Kestrel's) goes on at once
        var provider = services.GetRequiredService<ErpSupplyProvider>();
        var health = services.GetRequiredService<SupplyHealthTracker>();
        var redis = services.GetRequiredService<RedisConnection>();
        var delay = FirstRetryDelay;
        var itemsRead = redis.Configured; // with Redis, item masters come from the shared cache on demand
        for (var attempt = 1; !stoppingToken.IsCancellationRequested && !health.MasterDataLoaded; attempt++)
        {
            try
            {
                if (!itemsRead)
                {
                    var items = await provider.PrimeItemsAsync(MaxItems, stoppingToken);
                    itemsRead = true;
                    Log.ItemsWarmedUp(logger, items);
                }

                await provider.GetSnapshotAsync([], stoppingToken);
                Log.WarmedUp(logger, attempt);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Whatever failed, the instance stays up and not ready, and tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Log.WarmupFailed(logger, attempt, e.GetType().Name, delay);
            }

            try
            {
                await Task.Delay(delay, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = delay * 2 < MaxRetryDelay ? delay * 2 : MaxRetryDelay;
        }
    }
}
