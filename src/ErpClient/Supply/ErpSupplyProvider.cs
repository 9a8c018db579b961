using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Promise.Core.Supply;
using Promise.ErpClient.Caching;
using Promise.ErpClient.Configuration;
using Promise.ErpClient.Health;
using Promise.ErpClient.Http;

namespace Promise.ErpClient.Supply;

/// <summary>
/// ErpNext mode: the snapshot of a request is assembled from three cached kinds read in parallel: stock
/// (Bins + open PO lines, <c>Cache:StockTtl</c>), item masters (<c>Cache:MasterDataTtl</c>, unknown codes for
/// <c>Cache:NegativeTtl</c>) and site master data (warehouses, company holiday lists, <c>Cache:MasterDataTtl</c>).
/// </summary>
internal sealed class ErpSupplyProvider : ISupplyProvider
{
    private static readonly (string, string)[] MasterKeys = [(CacheKeys.MasterKey, CacheKeys.MasterKey)];
    private readonly ErpSupplyReader _reader;
    private readonly SupplyHealthTracker _health;

    public ErpSupplyProvider(
        ErpSupplyReader reader,
        TieredCacheServices services,
        CircuitBreakerStateProvider breaker,
        SupplyHealthTracker health,
        ICacheInvalidator invalidator,
        IOptions<CacheOptions> cacheOptions)
    {
        ArgumentNullException.ThrowIfNull(invalidator); // resolved so that this instance listens for invalidations
        _reader = reader;
        _health = health;
        var cache = cacheOptions.Value;
        bool ErpDown() => breaker.CircuitState is Polly.CircuitBreaker.CircuitState.Open or Polly.CircuitBreaker.CircuitState.Isolated;
        Stock = new TieredCache<StockEntry>(
            new TierSettings<StockEntry>(CacheKeys.Stock, _ => cache.StockTtl, _ => cache.MaxStaleness, CacheJsonContext.Default.CacheEnvelopeStockEntry, FetchStockAsync),
            services,
            ErpDown);
        Items = new TieredCache<ItemLookup>(
            new TierSettings<ItemLookup>(
                CacheKeys.Item,
                v => v.Item is null ? cache.NegativeTtl : cache.MasterDataTtl,
                v => (v.Item is null ? cache.NegativeTtl : cache.MasterDataTtl) + cache.MaxStaleness,
                CacheJsonContext.Default.CacheEnvelopeItemLookup,
                FetchItemsAsync),
            services,
            ErpDown);
        Master = new TieredCache<MasterData>(
            new TierSettings<MasterData>(
                CacheKeys.Master, _ => cache.MasterDataTtl, _ => cache.MasterDataTtl + cache.MaxStaleness, CacheJsonContext.Default.CacheEnvelopeMasterData, FetchMasterAsync),
            services,
            ErpDown);
    }

    internal TieredCache<StockEntry> Stock { get; }

    internal TieredCache<ItemLookup> Items { get; }

    internal TieredCache<MasterData> Master { get; }

    /// <summary>Completes when every background refresh started so far has finished.</summary>
    internal Task WhenRefreshesDoneAsync() => Task.WhenAll(Stock.WhenRefreshesDoneAsync(), Items.WhenRefreshesDoneAsync(), Master.WhenRefreshesDoneAsync());

    public async ValueTask<SupplySnapshot> GetSnapshotAsync(IReadOnlyCollection<string> itemCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemCodes);
        var keys = new List<(string Key, string Spelling)>(itemCodes.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in itemCodes)
        {
            if (!string.IsNullOrWhiteSpace(code) && seen.Add(CacheKeys.Normalize(code)))
            {
                keys.Add((CacheKeys.Normalize(code), code));
            }
        }

        var masterTask = Master.GetManyAsync(MasterKeys, cancellationToken);
        var itemsTask = keys.Count > 0 ? Items.GetManyAsync(keys, cancellationToken) : Task.FromResult(Empty<ItemLookup>());
        var stockTask = keys.Count > 0 ? Stock.GetManyAsync(keys, cancellationToken) : Task.FromResult(Empty<StockEntry>());
        try
        {
            await Task.WhenAll(masterTask, itemsTask, stockTask);
        }
        catch (Exception) when (FirstRejection(masterTask, itemsTask, stockTask) is { } rejected)
        {
            // Several reads may fail together; a refusal says more than "unreachable".
            throw rejected;
        }
        catch (ErpUnavailableException)
        {
            _health.RecordUnserved();
            throw;
        }

        var master = (await masterTask).Entries[CacheKeys.MasterKey];
        var items = await itemsTask;
        var stock = await stockTask;
        var oldest = master.FetchedAt;
        foreach (var entry in items.Entries.Values)
        {
            oldest = entry.FetchedAt < oldest ? entry.FetchedAt : oldest;
        }

        foreach (var entry in stock.Entries.Values)
        {
            oldest = entry.FetchedAt < oldest ? entry.FetchedAt : oldest;
        }

        var degraded = (await masterTask).Degraded || items.Degraded || stock.Degraded;
        _health.SetServingStale(degraded);
        return new SupplySnapshot(
            items.Entries.Values.Select(e => e.Value.Item).OfType<ItemRecord>(),
            master.Value.Warehouses,
            stock.Entries.Values.SelectMany(e => e.Value.Bins),
            stock.Entries.Values.SelectMany(e => e.Value.Lines),
            master.Value.HolidayLists,
            master.Value.CompanyHolidayLists,
            new SourceAvailability(
                PurchaseOrders: stock.Entries.Values.All(e => e.Value.PurchaseOrdersRead),
                HolidayLists: master.Value.HolidayListsAvailable),
            oldest,
            degraded);
    }

    private static TierResult<T> Empty<T>() => new(new Dictionary<string, CacheEntry<T>>(), false);

    private static ErpRejectedException? FirstRejection(params Task[] tasks) =>
        tasks.Select(t => t.Exception?.InnerException).OfType<ErpRejectedException>().FirstOrDefault();

    private async Task<IReadOnlyDictionary<string, StockEntry>> FetchStockAsync(IReadOnlyList<string> spellings, CancellationToken cancellationToken) =>
        await _reader.ReadStockAsync(spellings, cancellationToken);

    private async Task<IReadOnlyDictionary<string, ItemLookup>> FetchItemsAsync(IReadOnlyList<string> spellings, CancellationToken cancellationToken)
    {
        var found = (await _reader.ReadItemsAsync(spellings, cancellationToken))
            .DistinctBy(i => i.ItemCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(i => i.ItemCode, StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<string, ItemLookup>(StringComparer.OrdinalIgnoreCase);
        foreach (var spelling in spellings)
        {
            result[spelling] = new ItemLookup(found.GetValueOrDefault(spelling));
        }

        return result;
    }

    private async Task<IReadOnlyDictionary<string, MasterData>> FetchMasterAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        new Dictionary<string, MasterData> { [CacheKeys.MasterKey] = await _reader.ReadMasterDataAsync(cancellationToken) };
}
