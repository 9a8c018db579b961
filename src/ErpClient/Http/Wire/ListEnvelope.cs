using System.Text.Json.Serialization;

namespace Promise.ErpClient.Http.Wire;

/// <summary><c>{"data": [...]}</c> from <c>/api/resource</c>, or <c>{"message": [...]}</c> from <c>frappe.client.get_list</c>.</summary>
internal sealed record ListEnvelope<T>(
    [property: JsonPropertyName("data")] IReadOnlyList<T>? Data,
    [property: JsonPropertyName("message")] IReadOnlyList<T>? Message)
{
    public IReadOnlyList<T> Rows => Data ?? Message ?? [];
}
