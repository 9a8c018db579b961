using System.Text.Json.Serialization;

namespace Promise.ErpClient.Caching;

/// <summary>The compact L2 form of a <see cref="CacheEntry{T}"/>: value and fetch instant in Unix milliseconds.</summary>
internal sealed record CacheEnvelope<T>(
    [property: JsonPropertyName("v")] T Value,
    [property: JsonPropertyName("t")] long FetchedAtUnixMs);
