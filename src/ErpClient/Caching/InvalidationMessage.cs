using System.Text.Json.Serialization;

namespace Promise.ErpClient.Caching;

/// <summary>An invalidation published on the Redis channel so every instance evicts the keys locally.</summary>
internal sealed record InvalidationMessage(
    [property: JsonPropertyName("o")] string Origin,
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonPropertyName("keys")] IReadOnlyList<string> Keys);
