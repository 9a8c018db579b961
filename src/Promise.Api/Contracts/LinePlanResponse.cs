namespace Promise.Api.Contracts;

/// <summary>The wire <c>plan[]</c> entry.</summary>
public sealed record LinePlanResponse
{
    public required string LineId { get; init; }

    public required string ItemCode { get; init; }

    public decimal QtyRequired { get; init; }

    public decimal Shortage { get; init; }

    public required string Status { get; init; }

    public DateOnly? DeliveryDate { get; init; }

    public string? Reason { get; init; }

    public required IReadOnlyList<FulfillmentResponse> Fulfillment { get; init; }
}
