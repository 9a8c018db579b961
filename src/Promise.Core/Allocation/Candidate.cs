using Promise.Core.Supply;

namespace Promise.Core.Allocation;

/// <summary>A stock or purchase-order source considered for one line.</summary>
internal struct Candidate
{
    public int Warehouse;

    public int Priority;

    /// <summary>Ordinal sort key after the dates: warehouse name (stock, lead time) or PO name.</summary>
    public string Name;

    public int Idx;

    public decimal Free;

    public int Arrival;

    public int Available;

    public int Ship;

    public int Delivery;

    public bool Overdue;

    public BinRecord? Bin;

    public PurchaseOrderLine? Po;
}
