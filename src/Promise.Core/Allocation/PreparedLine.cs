using Promise.Core.Results;
using Promise.Core.Supply;

namespace Promise.Core.Allocation;

/// <summary>The instant-independent part of one line: checks, restriction and its supply entries.</summary>
internal struct PreparedLine
{
    public ItemRecord? Item;

    /// <summary>A check that fails whatever the instant (unknown, disabled, invalid warehouse).</summary>
    public ShortReason? Blocked;

    public bool NotApplicable;

    public bool DropShip;

    /// <summary>Restricting warehouse index, or -1.</summary>
    public int Restriction;

    public int StockStart;

    public int StockCount;

    public int PoStart;

    public int PoCount;

    /// <summary>Another line of the order has the same item (their allocations share Bins and PO lines).</summary>
    public bool SharesItem;
}
