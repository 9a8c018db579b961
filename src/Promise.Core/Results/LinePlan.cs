namespace Promise.Core.Results;

/// <summary>The plan of one requested line (the wire's <c>plan[]</c> entry).</summary>
/// <param name="LineId">The request's line id.</param>
/// <param name="ItemCode">Item code as the request spelled it.</param>
/// <param name="QtyRequired">Requested quantity.</param>
/// <param name="Shortage">Quantity not covered (requested minus allocated).</param>
/// <param name="Status">Line status.</param>
/// <param name="DeliveryDate">Latest allocation delivery when fully covered (the order date under <c>complete</c>); else null.</param>
/// <param name="Reason">Why something is short; null when nothing is.</param>
/// <param name="Fulfillment">Allocations in allocation order.</param>
public sealed record LinePlan(
    string LineId,
    string ItemCode,
    decimal QtyRequired,
    decimal Shortage,
    LineStatus Status,
    DateOnly? DeliveryDate,
    ShortReason? Reason,
    IReadOnlyList<Fulfillment> Fulfillment);
