using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Promise.ErpClient.Configuration;
using Promise.ErpClient.Observability;

namespace Promise.ErpClient.Caching;

/// <summary>The shared pieces every <see cref="TieredCache{T}"/> uses.</summary>
internal sealed class TieredCacheServices(
    L1Cache l1,
    RedisL2Cache l2,
    GenerationTracker generations,
    ErpClientMetrics metrics,
    IOptions<ErpOptions> erpOptions,
    TimeProvider timeProvider,
    ILogger<TieredCacheServices> logger)
{
    public L1Cache L1 { get; } = l1;

    public RedisL2Cache L2 { get; } = l2;

    public GenerationTracker Generations { get; } = generations;

    public ErpClientMetrics Metrics { get; } = metrics;

    public TimeProvider TimeProvider { get; } = timeProvider;

    public ILogger Logger { get; } = logger;

    public BatchPolicy Batching { get; } = new(
        erpOptions.Value.CoalesceWindow, erpOptions.Value.MaxBatchItems, erpOptions.Value.MaxItemsInFlight, erpOptions.Value.MaxBatchHold);
}
