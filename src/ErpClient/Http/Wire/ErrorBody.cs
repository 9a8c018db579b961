using System.Text.Json.Serialization;

namespace Promise.ErpClient.Http.Wire;

/// <summary>The safe parts of a Frappe error body. The traceback (<c>exc</c>) is deliberately not read.</summary>
internal sealed record ErrorBody(
    [property: JsonPropertyName("exc_type")] string? ExcType,
    [property: JsonPropertyName("exception")] string? Exception,
    [property: JsonPropertyName("_server_messages")] string? ServerMessages);
