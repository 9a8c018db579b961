using System.Collections.Concurrent;
using Promise.Core.Supply;
using Promise.ErpClient.Caching;

namespace Promise.ErpClient.Supply;

/// <summary>
/// Warm path: the snapshot built for a set of item codes is handed out again while it was built from exactly the
/// cache entries L1 holds now (compared by reference: every fetch, refresh or L2 fill makes a new entry, and an
/// invalidation removes it). The caller has checked that each of those entries is fresh, so a snapshot is never
/// reused past an eviction, a refresh or a TTL. Bounded: past <see cref="MaxSets"/> item sets it starts over; sets
/// larger than <see cref="MaxItems"/> (bulk windows, rarely repeated) are built without being kept.
/// </summary>
internal sealed class SnapshotReuse
{
    internal const int MaxSets = 1024;
    internal const int MaxItems = 32;
    private readonly ConcurrentDictionary<ItemSet, Built> _built = new();
    private int _sets;
    private int _builds;

    /// <summary>Snapshots built (not reused) so far, for tests.</summary>
    public int BuildCount => Volatile.Read(ref _builds);

    /// <param name="set">The request's item set.</param>
    /// <param name="master">The fresh master-data entry.</param>
    /// <param name="items">The fresh item entries, in the order of <see cref="ItemSet.Keys"/>.</param>
    /// <param name="stock">The fresh stock entries, in the same order.</param>
    public SupplySnapshot GetOrBuild(ItemSet set, CacheEntry<MasterData> master, CacheEntry<ItemLookup>[] items, CacheEntry<StockEntry>[] stock)
    {
        Built? built = null;
        if (items.Length <= MaxItems && _built.TryGetValue(set, out built) && built.IsFrom(master, items, stock))
        {
            return built.Snapshot;
        }

        Interlocked.Increment(ref _builds);
        var fresh = new Built(master, items, stock, SnapshotBuilder.Build(master, items, stock, degraded: false));
        if (items.Length > MaxItems)
        {
            return fresh.Snapshot;
        }

        if (built is not null)
        {
            _built[set] = fresh;
        }
        else if (_built.TryAdd(set, fresh) && Interlocked.Increment(ref _sets) > MaxSets)
        {
            Interlocked.Exchange(ref _sets, 0);
            _built.Clear();
        }

        return fresh.Snapshot;
    }

    private sealed class Built(CacheEntry<MasterData> master, CacheEntry<ItemLookup>[] items, CacheEntry<StockEntry>[] stock, SupplySnapshot snapshot)
    {
        public SupplySnapshot Snapshot { get; } = snapshot;

        public bool IsFrom(CacheEntry<MasterData> otherMaster, CacheEntry<ItemLookup>[] otherItems, CacheEntry<StockEntry>[] otherStock)
        {
            if (!ReferenceEquals(master, otherMaster))
            {
                return false;
            }

            for (var i = 0; i < items.Length; i++)
            {
                if (!ReferenceEquals(items[i], otherItems[i]) || !ReferenceEquals(stock[i], otherStock[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
