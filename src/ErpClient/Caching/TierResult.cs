namespace Promise.ErpClient.Caching;

/// <summary>Entries found or fetched for every requested key, and whether stale data was served because refreshes fail.</summary>
internal sealed record TierResult<T>(IReadOnlyDictionary<string, CacheEntry<T>> Entries, bool Degraded);
