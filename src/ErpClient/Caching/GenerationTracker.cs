using System.Collections.Concurrent;

namespace Promise.ErpClient.Caching;

/// <summary>
/// A generation per cache key, bumped by every invalidation. A fetch records the generation it started
/// under and writes its result back only if it is unchanged, so an invalidation always wins over a fetch
/// that began before it.
/// </summary>
internal sealed class GenerationTracker(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    // When each key was last invalidated (the sender's instant): an L2 entry read from ERPNext before then is an
    // old value that a write racing the invalidation's delete put back (see InvalidatedSince).
    private readonly ConcurrentDictionary<string, DateTimeOffset> _invalidatedAt = new(StringComparer.Ordinal);

    // Bumped when every key of a kind is invalidated at once (both counters only grow, so their sum changes).
    private readonly ConcurrentDictionary<string, long> _kinds = new(StringComparer.Ordinal);

    public long Current(string kind, string key) => _generations.GetValueOrDefault(Compose(kind, key)) + _kinds.GetValueOrDefault(kind);

    /// <summary>Invalidates a key, as of <paramref name="at"/> (the invalidation's instant at its sender; default now).</summary>
    public void Bump(string kind, string key, DateTimeOffset? at = null)
    {
        var composed = Compose(kind, key);
        var instant = at ?? timeProvider.GetUtcNow();
        _invalidatedAt.AddOrUpdate(composed, instant, (_, known) => known > instant ? known : instant);
        _generations.AddOrUpdate(composed, 1, static (_, g) => g + 1);
    }

    /// <summary>
    /// Whether <paramref name="key"/> was invalidated after <paramref name="fetchedAt"/>, at L2's resolution (whole
    /// milliseconds): an entry read from ERPNext before then, found in L2, is an old value that a fetch racing the
    /// invalidation wrote back after its delete.
    /// </summary>
    public bool InvalidatedSince(string kind, string key, DateTimeOffset fetchedAt) =>
        _invalidatedAt.TryGetValue(Compose(kind, key), out var at) && at.ToUnixTimeMilliseconds() > fetchedAt.ToUnixTimeMilliseconds();

    /// <summary>Invalidates every key of <paramref name="kind"/>: fetches that began before do not write back.</summary>
    public void BumpAll(string kind) => _kinds.AddOrUpdate(kind, 1, static (_, g) => g + 1);

    private static string Compose(string kind, string key) => string.Concat(kind, ":", key);
}
