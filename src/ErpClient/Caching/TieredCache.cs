using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Promise.ErpClient.Observability;

namespace Promise.ErpClient.Caching;

/// <summary>
/// L1 → L2 → ERPNext for one kind of data, per key. Fresh entries are served as they are; entries past their TTL
/// but within their stale limit are served while one background refresh runs (stale-while-revalidate); older
/// entries are never served. Misses are fetched through the <see cref="BatchCoalescer{TValue}"/>, and a fetch
/// writes back only if no invalidation happened since it started.
/// </summary>
internal sealed class TieredCache<T>
    where T : class
{
    private readonly TierSettings<T> _settings;
    private readonly L1Cache _l1;
    private readonly RedisL2Cache _l2;
    private readonly GenerationTracker _generations;
    private readonly ErpClientMetrics _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly Func<bool> _erpDown;
    private readonly ILogger _logger;
    private readonly BatchCoalescer<CacheEntry<T>> _coalescer;
    private readonly ConcurrentDictionary<string, byte> _refreshFailed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _refreshing = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _background = new();

    public TieredCache(TierSettings<T> settings, TieredCacheServices services, Func<bool> erpDown)
    {
        _settings = settings;
        _l1 = services.L1;
        _l2 = services.L2;
        _generations = services.Generations;
        _metrics = services.Metrics;
        _timeProvider = services.TimeProvider;
        _logger = services.Logger;
        _erpDown = erpDown;
        _coalescer = new BatchCoalescer<CacheEntry<T>>(
            settings.Kind, FetchBatchAsync, services.Generations, services.Batching, services.TimeProvider);
    }

    /// <summary>Completes when every background refresh started so far has finished (for tests and shutdown).</summary>
    public Task WhenRefreshesDoneAsync() => Task.WhenAll(_background.Keys);

    public async Task<TierResult<T>> GetManyAsync(IReadOnlyList<(string Key, string Spelling)> keys, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var entries = new Dictionary<string, CacheEntry<T>>(keys.Count, StringComparer.Ordinal);
        var stale = new List<(string Key, string Spelling)>();
        var misses = new List<(string Key, string Spelling)>();
        foreach (var k in keys)
        {
            var state = _l1.TryGet<T>(_settings.Kind, k.Key, out var entry) ? Classify(entry!, now) : Freshness.Missing;
            _metrics.Cache("l1", state switch { Freshness.Fresh => "hit", Freshness.Stale => "stale", _ => "miss" });
            Sort(k, entry, state, entries, stale, misses);
        }

        if (misses.Count > 0 && _l2.Enabled)
        {
            misses = await FromL2Async(misses, now, entries, stale);
        }

        if (misses.Count > 0)
        {
            foreach (var (key, entry) in await _coalescer.LoadAsync(misses, cancellationToken))
            {
                entries[key] = entry;
            }
        }

        var degraded = false;
        if (stale.Count > 0)
        {
            degraded = _erpDown() || stale.Exists(k => _refreshFailed.ContainsKey(k.Key));
            RefreshInBackground(stale);
        }

        return new TierResult<T>(entries, degraded);
    }

    /// <summary>
    /// The warm path's lookup: the L1 entry of <paramref name="key"/> if it is fresh (no metric recorded: the caller
    /// counts the hits with <see cref="CountFreshHits"/> once it knows it took the warm path).
    /// </summary>
    public bool TryGetFresh(string key, DateTimeOffset now, [NotNullWhen(true)] out CacheEntry<T>? entry) =>
        _l1.TryGet(_settings.Kind, key, out entry) && Classify(entry!, now) == Freshness.Fresh;

    /// <summary>Records <paramref name="count"/> L1 hits of the warm path in one metric update.</summary>
    public void CountFreshHits(int count) => _metrics.Cache("l1", "hit", count);

    /// <summary>
    /// Puts values read in bulk (the start-up warm-up) into L1 as if fetched at <paramref name="fetchedAt"/>, except
    /// where L1 already holds a fresh entry. Not written to L2: a bulk write would exceed <c>Redis:OperationTimeout</c>.
    /// </summary>
    /// <returns>How many entries were written.</returns>
    public int Prime(IEnumerable<(string Key, T Value)> values, DateTimeOffset fetchedAt)
    {
        var written = 0;
        foreach (var (key, value) in values)
        {
            if (TryGetFresh(key, fetchedAt, out _))
            {
                continue;
            }

            _l1.Set(_settings.Kind, key, new CacheEntry<T>(value, fetchedAt), _settings.StaleLimitOf(value));
            written++;
        }

        return written;
    }

    private async Task<List<(string Key, string Spelling)>> FromL2Async(
        List<(string Key, string Spelling)> misses, DateTimeOffset now, Dictionary<string, CacheEntry<T>> entries, List<(string Key, string Spelling)> stale)
    {
        var found = await _l2.GetManyAsync(_settings.Kind, misses.ConvertAll(m => m.Key), _settings.TypeInfo);
        if (found is null)
        {
            _metrics.Cache("l2", "error", misses.Count);
            return misses;
        }

        var remaining = new List<(string Key, string Spelling)>();
        foreach (var k in misses)
        {
            // An entry read from ERPNext before this instance's last invalidation of the key is an old value that a
            // fire-and-forget write put back after the invalidation's delete (the writer deletes it again, later).
            var state = found.TryGetValue(k.Key, out var entry) && !_generations.InvalidatedSince(_settings.Kind, k.Key, entry.FetchedAt)
                ? Classify(entry, now)
                : Freshness.Missing;
            _metrics.Cache("l2", state switch { Freshness.Fresh => "hit", Freshness.Stale => "stale", _ => "miss" });
            if (state != Freshness.Missing)
            {
                _l1.Set(_settings.Kind, k.Key, entry!, _settings.StaleLimitOf(entry!.Value) - (now - entry.FetchedAt));
            }

            Sort(k, entry, state, entries, stale, remaining);
        }

        return remaining;
    }

    private static void Sort(
        (string Key, string Spelling) k,
        CacheEntry<T>? entry,
        Freshness state,
        Dictionary<string, CacheEntry<T>> entries,
        List<(string Key, string Spelling)> stale,
        List<(string Key, string Spelling)> misses)
    {
        if (state == Freshness.Missing)
        {
            misses.Add(k);
            return;
        }

        entries[k.Key] = entry!;
        if (state == Freshness.Stale)
        {
            stale.Add(k);
        }
    }

    private Freshness Classify(CacheEntry<T> entry, DateTimeOffset now)
    {
        var age = now - entry.FetchedAt;
        if (age < _settings.TtlOf(entry.Value))
        {
            return Freshness.Fresh;
        }

        return age < _settings.StaleLimitOf(entry.Value) ? Freshness.Stale : Freshness.Missing;
    }

    private void RefreshInBackground(List<(string Key, string Spelling)> stale)
    {
        var todo = stale.FindAll(k => _refreshing.TryAdd(k.Key, 0));
        if (todo.Count == 0)
        {
            return;
        }

        var task = Task.Run(async () =>
        {
            try
            {
                await _coalescer.LoadAsync(todo, CancellationToken.None);
            }
#pragma warning disable CA1031 // A failed background refresh is recorded, never thrown: stale data keeps being served.
            catch (Exception e)
#pragma warning restore CA1031
            {
                foreach (var k in todo)
                {
                    _refreshFailed[k.Key] = 0;
                }

                Log.RefreshFailed(_logger, _settings.Kind, e.GetType().Name);
            }
            finally
            {
                foreach (var k in todo)
                {
                    _refreshing.TryRemove(k.Key, out _);
                }
            }
        });
        _background[task] = 0;
        _ = task.ContinueWith(t => _background.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task<IReadOnlyDictionary<string, CacheEntry<T>>> FetchBatchAsync(IReadOnlyList<BatchKey> batch)
    {
        var fetchedAt = _timeProvider.GetUtcNow();
        var values = await _settings.Fetch(batch.Select(b => b.Spelling).ToList(), CancellationToken.None);
        var result = new Dictionary<string, CacheEntry<T>>(batch.Count, StringComparer.Ordinal);
        var toL2 = new List<(string Key, CacheEntry<T> Entry, TimeSpan Expiry)>(batch.Count);
        var generations = new List<long>(batch.Count);
        foreach (var b in batch)
        {
            var entry = new CacheEntry<T>(values[b.Spelling], fetchedAt);
            result[b.Key] = entry;
            _refreshFailed.TryRemove(b.Key, out _);
            if (_generations.Current(_settings.Kind, b.Key) == b.Generation)
            {
                var keepFor = _settings.StaleLimitOf(entry.Value);
                _l1.Set(_settings.Kind, b.Key, entry, keepFor);
                toL2.Add((b.Key, entry, keepFor));
                generations.Add(b.Generation);
            }
        }

        // Callers do not wait for Redis: the write is bounded and guarded, and its failure only costs a later miss.
        _ = WriteL2Async(toL2, generations);
        return result;
    }

    /// <summary>
    /// Writes fetched entries to L2, then deletes again any key invalidated meanwhile: an invalidation's delete can
    /// reach Redis before this write does, which would otherwise leave the old value there for every instance until
    /// its TTL. (An invalidation this instance hears about after the write landed deletes the key itself.)
    /// </summary>
    private async Task WriteL2Async(List<(string Key, CacheEntry<T> Entry, TimeSpan Expiry)> entries, List<long> generations)
    {
        await _l2.SetManyAsync(_settings.Kind, entries, _settings.TypeInfo);
        List<string>? superseded = null;
        for (var i = 0; i < entries.Count; i++)
        {
            if (_generations.Current(_settings.Kind, entries[i].Key) != generations[i])
            {
                (superseded ??= []).Add(entries[i].Key);
            }
        }

        if (superseded is not null)
        {
            await _l2.DeleteAsync(_settings.Kind, superseded);
        }
    }

    private enum Freshness
    {
        Missing,
        Fresh,
        Stale,
    }
}
