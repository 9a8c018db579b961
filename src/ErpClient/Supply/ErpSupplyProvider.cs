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
    private readonly TimeProvider _timeProvider;
    private readonly SnapshotReuse _reuse = new();

    public ErpSupplyProvider(
        ErpSupplyReader reader,
        TieredCacheServices services,
        CircuitBreakerStateProvider breaker,
        SupplyHealthTracker health,
        ICacheInvalidator invalidator,
        IOptions<CacheOptions> cacheOptions,
        TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(invalidator); // resolved so that this instance listens for invalidations
        _reader = reader;
        _health = health;
        _timeProvider = timeProvider;
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

    /// <summary>The warm path's snapshot reuse (tests read how many snapshots were built).</summary>
    internal SnapshotReuse Reuse => _reuse;

    /// <summary>Completes when every background refresh started so far has finished.</summary>
    internal Task WhenRefreshesDoneAsync() => Task.WhenAll(Stock.WhenRefreshesDoneAsync(), Items.WhenRefreshesDoneAsync(), Master.WhenRefreshesDoneAsync());

    public ValueTask<SupplySnapshot> GetSnapshotAsync(IReadOnlyCollection<string> itemCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemCodes);
        var keys = DistinctKeys(itemCodes);
        return FromFreshL1(keys) is { } warm ? ValueTask.FromResult(warm) : new ValueTask<SupplySnapshot>(ReadAsync(keys, cancellationToken));
    }

    /// <summary>
    /// The warm path: every entry fresh in L1 (nothing to fetch, refresh or report as degraded). The snapshot built from
    /// the same entries is reused; any entry missing, stale or replaced sends the request down the full path.
    /// </summary>
    private SupplySnapshot? FromFreshL1(List<(string Key, string Spelling)> keys)
    {
        var now = _timeProvider.GetUtcNow();
        if (!Master.TryGetFresh(CacheKeys.MasterKey, now, out var master))
        {
            return null;
        }

        var sorted = new string[keys.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = keys[i].Key;
        }

        Array.Sort(sorted, StringComparer.Ordinal);
        var items = new CacheEntry<ItemLookup>[sorted.Length];
        var stock = new CacheEntry<StockEntry>[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            if (!Items.TryGetFresh(sorted[i], now, out var item) || !Stock.TryGetFresh(sorted[i], now, out var bins))
            {
                return null;
            }

            items[i] = item;
            stock[i] = bins;
        }

        Master.CountFreshHits(1);
        Items.CountFreshHits(sorted.Length);
        Stock.CountFreshHits(sorted.Length);
        _health.RecordMasterDataLoaded();
        _health.SetServingStale(false);
        return _reuse.GetOrBuild(new ItemSet(sorted), master, items, stock);
    }

    private async Task<SupplySnapshot> ReadAsync(List<(string Key, string Spelling)> keys, CancellationToken cancellationToken)
    {
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

        var master = await masterTask;
        var items = await itemsTask;
        var stock = await stockTask;
        _health.RecordMasterDataLoaded();
        var degraded = master.Degraded || items.Degraded || stock.Degraded;
        _health.SetServingStale(degraded);
        return SnapshotBuilder.Build(master.Entries[CacheKeys.MasterKey], items.Entries.Values, stock.Entries.Values, degraded);
    }

    /// <summary>Normalized keys with the first spelling of each, in request order.</summary>
    private static List<(string Key, string Spelling)> DistinctKeys(IReadOnlyCollection<string> itemCodes)
    {
        var keys = new List<(string Key, string Spelling)>(itemCodes.Count);
        var seen = itemCodes.Count > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var code in itemCodes)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                continue;
            }

            var key = CacheKeys.Normalize(code);
            if (seen is not null ? seen.Add(key) : !ContainsKey(keys, key))
            {
                keys.Add((key, code));
            }
        }

        return keys;
    }

    private static bool ContainsKey(List<(string Key, string Spelling)> keys, string key)
    {
        foreach (var k in keys)
        {
            if (string.Equals(k.Key, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads up to <paramref name="maxItems"/> item masters in pages and puts them in L1 (the start-up warm-up), so
    /// the first promises for them do not wait for an Item query.
    /// </summary>
    /// <returns>How many item entries were written.</returns>
    internal async Task<int> PrimeItemsAsync(int maxItems, CancellationToken cancellationToken)
    {
        var fetchedAt = _timeProvider.GetUtcNow();
        var items = await _reader.ReadAllItemsAsync(maxItems, cancellationToken);
        return Items.Prime(items.Select(i => (CacheKeys.Normalize(i.ItemCode), new ItemLookup(i))), fetchedAt);
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
