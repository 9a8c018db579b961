using Promise.Core.Results;

namespace Promise.Core.Facts;

/// <summary>
/// A structured statement the calculator records while it promises; rendered to text only at the edge
/// (<see cref="FactText"/>). Which optional fields are set depends on <see cref="Kind"/>.
/// </summary>
/// <remarks>
/// Compact on purpose (one per allocation, on the hot path): dates are stored as day numbers, and the
/// rarely set fields (quantity, warehouse, PO, name, time) live in one shared immutable part. An
/// <see cref="FactKind.Allocated"/> fact stores only its line, item and <see cref="Allocation"/>: its
/// <see cref="Qty"/>, <see cref="Warehouse"/> and <see cref="PoId"/> read through to the allocation
/// unless set explicitly.
/// </remarks>
/// <param name="Kind">What this fact says.</param>
public sealed record PromiseFact(FactKind Kind)
{
    private readonly FactDetail? _detail;
    private readonly int _date;
    private readonly int _otherDate;
    private readonly int _reason;

    /// <summary>A fact with its rarely set fields at once (the engine's path: one detail, not one per field).</summary>
    internal PromiseFact(FactKind kind, string? warehouse, string? poId = null, string? name = null, decimal? qty = null, TimeOnly? time = null)
        : this(kind) => _detail = FactDetail.With(warehouse, poId, name, qty, time);

    /// <summary>The line it is about.</summary>
    public string? LineId { get; init; }

    /// <summary>The item it is about, as the request spelled it.</summary>
    public string? ItemCode { get; init; }

    /// <summary>A quantity in stock UOM (for <see cref="FactKind.Allocated"/>: the allocation's, unless set).</summary>
    public decimal? Qty
    {
        get => _detail?.Qty ?? Allocation?.Qty;
        init => _detail = FactDetail.With(_detail?.Warehouse, _detail?.PoId, _detail?.Name, value, _detail?.Time);
    }

    /// <summary>A warehouse (for <see cref="FactKind.Allocated"/>: the allocation's, unless set).</summary>
    public string? Warehouse
    {
        get => _detail?.Warehouse ?? Allocation?.Warehouse;
        init => _detail = FactDetail.With(value, _detail?.PoId, _detail?.Name, _detail?.Qty, _detail?.Time);
    }

    /// <summary>A purchase order (for <see cref="FactKind.Allocated"/>: the allocation's, unless set).</summary>
    public string? PoId
    {
        get => _detail?.PoId ?? Allocation?.PoId;
        init => _detail = FactDetail.With(_detail?.Warehouse, value, _detail?.Name, _detail?.Qty, _detail?.Time);
    }

    /// <summary>The main date of the fact (see <see cref="FactKind"/>).</summary>
    public DateOnly? Date
    {
        get => PackedDate.Unpack(_date);
        init => _date = PackedDate.Pack(value);
    }

    /// <summary>A second date (see <see cref="FactKind"/>).</summary>
    public DateOnly? OtherDate
    {
        get => PackedDate.Unpack(_otherDate);
        init => _otherDate = PackedDate.Pack(value);
    }

    /// <summary>A local time of day (a cutoff).</summary>
    public TimeOnly? Time
    {
        get => _detail?.Time;
        init => _detail = FactDetail.With(_detail?.Warehouse, _detail?.PoId, _detail?.Name, _detail?.Qty, value);
    }

    /// <summary>A name (holiday list, shipping method).</summary>
    public string? Name
    {
        get => _detail?.Name;
        init => _detail = FactDetail.With(_detail?.Warehouse, _detail?.PoId, value, _detail?.Qty, _detail?.Time);
    }

    /// <summary>For <see cref="FactKind.Shortage"/>: why.</summary>
    public ShortReason? Reason
    {
        get => _reason == 0 ? null : (ShortReason)(_reason - 1);
        init => _reason = value is { } reason ? (int)reason + 1 : 0;
    }

    /// <summary>For <see cref="FactKind.Allocated"/>: the allocation.</summary>
    public Fulfillment? Allocation { get; init; }
}
