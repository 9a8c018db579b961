using System.Text.Json.Serialization;

namespace Promise.ErpClient.Http.Wire;

/// <summary>One row of the parent-with-child-columns Purchase Order query (erpnext-api.md §2).</summary>
internal sealed record PoLineRow(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("docstatus")] int? DocStatus,
    [property: JsonPropertyName("company")] string? Company,
    [property: JsonPropertyName("po_item")] string? PoItem,
    [property: JsonPropertyName("po_item_idx")] int PoItemIdx,
    [property: JsonPropertyName("item_code")] string? ItemCode,
    [property: JsonPropertyName("warehouse")] string? Warehouse,
    [property: JsonPropertyName("qty")] decimal Qty,
    [property: JsonPropertyName("received_qty")] decimal ReceivedQty,
    [property: JsonPropertyName("conversion_factor")] decimal? ConversionFactor,
    [property: JsonPropertyName("item_schedule_date")] string? ItemScheduleDate,
    [property: JsonPropertyName("expected_delivery_date")] string? ExpectedDeliveryDate,
    [property: JsonPropertyName("delivered_by_supplier")] int DeliveredBySupplier);
