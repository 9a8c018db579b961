using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Promise.ErpClient.Configuration;

namespace Promise.ErpClient.Caching;

/// <summary>
/// The L1 tier: a private, size-limited <see cref="MemoryCache"/> (one unit per entry). Freshness is judged
/// by <see cref="CacheEntry{T}.FetchedAt"/> against the injected clock; the memory expiry only bounds memory.
/// </summary>
internal sealed class L1Cache : IDisposable
{
    private readonly MemoryCache _cache;

    public L1Cache(IOptions<CacheOptions> options) =>
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.L1SizeLimit, CompactionPercentage = 0.1 });

    public bool TryGet<T>(string kind, string key, out CacheEntry<T>? entry) =>
        _cache.TryGetValue(Compose(kind, key), out entry) && entry is not null;

    public void Set<T>(string kind, string key, CacheEntry<T> entry, TimeSpan keepFor) =>
        _cache.Set(Compose(kind, key), entry, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = keepFor });

    public void Remove(string kind, string key) => _cache.Remove(Compose(kind, key));

    /// <summary>Removes every entry of <paramref name="kind"/>; returns how many.</summary>
    public int RemoveAll(string kind)
    {
        var prefix = kind + ":";
        var removed = 0;
        foreach (var key in _cache.Keys)
        {
            if (key is string composed && composed.StartsWith(prefix, StringComparison.Ordinal))
            {
                _cache.Remove(composed);
                removed++;
            }
        }

        return removed;
    }

    public void Dispose() => _cache.Dispose();

    private static string Compose(string kind, string key) => string.Concat(kind, ":", key);
}
