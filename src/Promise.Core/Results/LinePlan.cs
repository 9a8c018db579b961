namespace Promise.Core.Results;

/// <summary>The plan of one requested line (the wire's <c>plan[]</c> entry).</summary>
/// <remarks>The delivery date and reason are stored packed in one int (80 bytes instead of 96).</remarks>
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
    IReadOnlyList<Fulfillment> Fulfillment)
{
    // Reason + 1 above the date's bits (0: null).
    private const int ReasonShift = 24;

    private readonly int _packed = PackedDate.Pack(DeliveryDate) | ReasonCode(Reason);

    /// <summary>Latest allocation delivery when fully covered (the order date under <c>complete</c>); else null.</summary>
    public DateOnly? DeliveryDate
    {
        get => PackedDate.Unpack(_packed);
        init => _packed = PackedDate.With(_packed, value);
    }

    /// <summary>Why something is short; null when nothing is.</summary>
    public ShortReason? Reason
    {
        get => (_packed >>> ReasonShift) is var code && code == 0 ? null : (ShortReason)(code - 1);
        init => _packed = (_packed & PackedDate.Mask) | ReasonCode(value);
    }

    private static int ReasonCode(ShortReason? reason)
    {
        if (reason is not { } r)
        {
            return 0;
        }

        var code = (int)r + 1;
        return code is > 0 and < 256 ? code << ReasonShift : throw new ArgumentOutOfRangeException(nameof(reason), reason, "not a ShortReason");
    }
}
