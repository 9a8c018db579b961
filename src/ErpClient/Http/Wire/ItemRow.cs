using System.Text.Json.Serialization;

namespace Promise.ErpClient.Http.Wire;

/// <summary>An <c>Item</c> list row (erpnext-api.md §3).</summary>
internal sealed record ItemRow(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("disabled")] int Disabled,
    [property: JsonPropertyName("is_stock_item")] int? IsStockItem,
    [property: JsonPropertyName("end_of_life")] string? EndOfLife,
    [property: JsonPropertyName("lead_time_days")] int LeadTimeDays,
    [property: JsonPropertyName("delivered_by_supplier")] int DeliveredBySupplier);
