namespace Promise.Core.Results;

/// <summary>One allocation of a line (the wire's <c>fulfillment[]</c> entry).</summary>
/// <remarks>Dates are stored packed (72 bytes instead of 96): one is allocated per allocation of every order.</remarks>
/// <param name="Source">Where the quantity comes from.</param>
/// <param name="Warehouse">Fulfilling warehouse as ERPNext spells it; null for <see cref="SupplySource.Supplier"/>.</param>
/// <param name="Qty">Allocated quantity in stock UOM (&gt; 0).</param>
/// <param name="AvailableDate">Ready in the warehouse; null for supplier.</param>
/// <param name="ShipReadyDate">Ship date; null for supplier.</param>
/// <param name="DeliveryDate">Carrier delivery date.</param>
/// <param name="PoId">Purchase order name, for PO allocations.</param>
/// <param name="PoIdx">Purchase order line index, for PO allocations.</param>
/// <param name="ExpectedDate">The PO's arrival date as ERPNext has it, for PO allocations.</param>
/// <param name="Overdue">Whether that arrival date is before the earliest pick day, for PO allocations.</param>
public sealed record Fulfillment(
    SupplySource Source,
    string? Warehouse,
    decimal Qty,
    DateOnly? AvailableDate,
    DateOnly? ShipReadyDate,
    DateOnly DeliveryDate,
    string? PoId = null,
    int? PoIdx = null,
    DateOnly? ExpectedDate = null,
    bool? Overdue = null)
{
    // Flags above the expected date's bits: Overdue (0 null, 1 false, 2 true) and whether PoIdx is set.
    private const int OverdueShift = 24;
    private const int OverdueBits = 3 << OverdueShift;
    private const int HasIdx = 1 << 26;

    private readonly int _available = PackedDate.Pack(AvailableDate);
    private readonly int _ship = PackedDate.Pack(ShipReadyDate);
    private readonly int _expected = PackedDate.Pack(ExpectedDate) | OverdueCode(Overdue) | (PoIdx is null ? 0 : HasIdx);
    private readonly int _poIdx = PoIdx ?? 0;

    /// <summary>Ready in the warehouse; null for supplier.</summary>
    public DateOnly? AvailableDate
    {
        get => PackedDate.Unpack(_available);
        init => _available = PackedDate.Pack(value);
    }

    /// <summary>Ship date; null for supplier.</summary>
    public DateOnly? ShipReadyDate
    {
        get => PackedDate.Unpack(_ship);
        init => _ship = PackedDate.Pack(value);
    }

    /// <summary>Purchase order line index, for PO allocations.</summary>
    public int? PoIdx
    {
        get => (_expected & HasIdx) == 0 ? null : _poIdx;
        init
        {
            _poIdx = value ?? 0;
            _expected = value is null ? _expected & ~HasIdx : _expected | HasIdx;
        }
    }

    /// <summary>The PO's arrival date as ERPNext has it, for PO allocations.</summary>
    public DateOnly? ExpectedDate
    {
        get => PackedDate.Unpack(_expected);
        init => _expected = PackedDate.With(_expected, value);
    }

    /// <summary>Whether that arrival date is before the earliest pick day, for PO allocations.</summary>
    public bool? Overdue
    {
        get => ((_expected & OverdueBits) >> OverdueShift) switch { 0 => null, 1 => false, _ => true };
        init => _expected = (_expected & ~OverdueBits) | OverdueCode(value);
    }

    private static int OverdueCode(bool? overdue) => overdue switch { null => 0, false => 1, true => 2 } << OverdueShift;
}
