using System.Collections.Concurrent;

namespace Promise.ErpClient.Caching;

/// <summary>
/// A generation per cache key, bumped by every invalidation. A fetch records the generation it started
/// under and writes its result back only if it is unchanged, so an invalidation always wins over a fetch
/// that began before it.
/// </summary>
internal sealed class GenerationTracker
{
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    // Bumped when every key of a kind is invalidated at once (both counters only grow, so their sum changes).
    private readonly ConcurrentDictionary<string, long> _kinds = new(StringComparer.Ordinal);

    public long Current(string kind, string key) => _generations.GetValueOrDefault(Compose(kind, key)) + _kinds.GetValueOrDefault(kind);

    public void Bump(string kind, string key) => _generations.AddOrUpdate(Compose(kind, key), 1, static (_, g) => g + 1);

    /// <summary>Invalidates every key of <paramref name="kind"/>: fetches that began before do not write back.</summary>
    public void BumpAll(string kind) => _kinds.AddOrUpdate(kind, 1, static (_, g) => g + 1);

    private static string Compose(string kind, string key) => string.Concat(kind, ":", key);
}
