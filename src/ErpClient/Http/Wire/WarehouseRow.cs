using System.Text.Json.Serialization;

namespace Promise.ErpClient.Http.Wire;

/// <summary>A <c>Warehouse</c> list row; <c>is_rejected_warehouse</c> is optional (absent on older sites).</summary>
internal sealed record WarehouseRow(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("is_group")] int IsGroup,
    [property: JsonPropertyName("disabled")] int Disabled,
    [property: JsonPropertyName("warehouse_type")] string? WarehouseType,
    [property: JsonPropertyName("is_rejected_warehouse")] int? IsRejectedWarehouse,
    [property: JsonPropertyName("company")] string? Company,
    [property: JsonPropertyName("parent_warehouse")] string? ParentWarehouse);
