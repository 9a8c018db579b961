using System.Text.Json.Serialization.Metadata;

namespace Promise.ErpClient.Caching;

/// <summary>What differs between the cached kinds (stock, items, master data).</summary>
/// <param name="Kind">Cache kind, part of every key.</param>
/// <param name="TtlOf">Freshness of a value: served without a refresh while younger.</param>
/// <param name="StaleLimitOf">Age past which a value is never served (also its L1/L2 expiry).</param>
/// <param name="TypeInfo">L2 serialization.</param>
/// <param name="Fetch">Reads ERPNext for spellings; must return a value for every spelling (case-insensitive keys).</param>
internal sealed record TierSettings<T>(
    string Kind,
    Func<T, TimeSpan> TtlOf,
    Func<T, TimeSpan> StaleLimitOf,
    JsonTypeInfo<CacheEnvelope<T>> TypeInfo,
    Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> Fetch);
