namespace Promise.ErpClient.Caching;

/// <summary>A cached value and the instant it was read from ERPNext (the basis of TTL, staleness and <c>dataAsOf</c>).</summary>
internal sealed record CacheEntry<T>(T Value, DateTimeOffset FetchedAt);
