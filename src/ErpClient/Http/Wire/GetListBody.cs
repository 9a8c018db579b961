using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Promise.ErpClient.Http.Wire;

/// <summary>Body of <c>POST /api/method/frappe.client.get_list</c>, used when a GET URL would be too long.</summary>
internal sealed record GetListBody(
    [property: JsonPropertyName("doctype")] string Doctype,
    [property: JsonPropertyName("fields")] IReadOnlyList<string> Fields,
    [property: JsonPropertyName("filters")] JsonArray Filters,
    [property: JsonPropertyName("order_by")] string OrderBy,
    [property: JsonPropertyName("limit_start")] int LimitStart,
    [property: JsonPropertyName("limit_page_length")] int LimitPageLength);
