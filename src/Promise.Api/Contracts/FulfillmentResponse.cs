using System.Text.Json.Serialization;

namespace Promise.Api.Contracts;

/// <summary>The wire <c>fulfillment[]</c> entry; the purchase-order fields appear only on PO allocations.</summary>
public sealed record FulfillmentResponse
{
    public required string Source { get; init; }

    public string? Warehouse { get; init; }

    public decimal Qty { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PoId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? ExpectedDate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Overdue { get; init; }

    public DateOnly? AvailableDate { get; init; }

    public DateOnly? ShipReadyDate { get; init; }

    public DateOnly DeliveryDate { get; init; }
}
