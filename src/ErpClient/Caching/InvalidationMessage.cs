using System.Text.Json.Serialization;

namespace Promise.ErpClient.Caching;

/// <summary>
/// An invalidation published on the Redis channel so every instance evicts the keys locally. <c>at</c> is the
/// sender's instant of the invalidation (absent from older senders: the receiver then uses its own clock).
/// </summary>
internal sealed record InvalidationMessage(
    [property: JsonPropertyName("o")] string Origin,
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonPropertyName("keys")] IReadOnlyList<string> Keys,
    [property: JsonPropertyName("at")] DateTimeOffset? At = null);
