using Promise.Core.Results;

namespace Promise.Core.Allocation;

/// <summary>The outcome of one line while an order is computed.</summary>
internal struct LineOutcome
{
    /// <summary>First allocation of the line in the order's allocation buffer.</summary>
    public int First;

    public int Count;

    public decimal Shortage;

    public ShortReason? Reason;

    public bool NotApplicable;

    /// <summary>Latest allocation delivery when covered, else -1.</summary>
    public int Delivery;

    /// <summary>Restricting warehouse index (or -1), for invalid_warehouse and alternate_warehouse.</summary>
    public int Restriction;

    /// <summary>Alternate warehouse found for a restricted line (-1: none) and its delivery day.</summary>
    public int AlternateWarehouse;

    public int AlternateDelivery;

    /// <summary>
    /// Main pass only: warehouses (bit <c>index &amp; 63</c>) whose later dates could change this line's
    /// allocation decisions; all bits when the line reached the PO or lead-time step (see <c>ProbeEvaluator</c>).
    /// </summary>
    public ulong Sensitivity;

    /// <summary>Some of the line's supply (stock, a PO line or lead time) was left out as past the horizon.</summary>
    public bool SawHorizon;

    /// <summary>Main pass only: the line's stock candidates in allocation order (warehouse indices in <see cref="Scratch.StockOrder"/>).</summary>
    public int StockOrderStart;

    public int StockOrderCount;
}
