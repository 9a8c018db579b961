using System.Text.Json.Serialization;

namespace Promise.ErpClient.Http.Wire;

/// <summary><c>{"data": {...}}</c> of a single-document GET.</summary>
internal sealed record DocEnvelope<T>([property: JsonPropertyName("data")] T? Data);
