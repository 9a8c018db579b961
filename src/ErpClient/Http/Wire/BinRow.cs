using System.Text.Json.Serialization;

namespace Promise.ErpClient.Http.Wire;

/// <summary>A <c>Bin</c> list row (erpnext-api.md §3). Optional v15 fields are null when not requested.</summary>
internal sealed record BinRow(
    [property: JsonPropertyName("item_code")] string? ItemCode,
    [property: JsonPropertyName("warehouse")] string? Warehouse,
    [property: JsonPropertyName("actual_qty")] decimal ActualQty,
    [property: JsonPropertyName("reserved_qty")] decimal ReservedQty,
    [property: JsonPropertyName("reserved_qty_for_production")] decimal ReservedQtyForProduction,
    [property: JsonPropertyName("reserved_qty_for_sub_contract")] decimal ReservedQtyForSubContract,
    [property: JsonPropertyName("reserved_qty_for_production_plan")] decimal? ReservedQtyForProductionPlan);
