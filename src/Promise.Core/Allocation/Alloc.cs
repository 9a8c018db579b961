using Promise.Core.Results;
using Promise.Core.Supply;

namespace Promise.Core.Allocation;

/// <summary>One allocation while an order is computed (day numbers; -1 where the wire has null).</summary>
internal struct Alloc
{
    public SupplySource Source;

    /// <summary>Warehouse index in the snapshot view; -1 for supplier.</summary>
    public int Warehouse;

    public decimal Qty;

    public int Available;

    public int Ship;

    public int Delivery;

    public PurchaseOrderLine? Po;

    /// <summary>The <c>BinRecord</c> or <c>PurchaseOrderLine</c> consumed (the ledger key); null for lead time and supplier.</summary>
    public object? Record;

    /// <summary>The record's number in the snapshot (the ledger's slot); unused without a record.</summary>
    public int Slot;

    public bool Overdue;

    /// <summary>Far supply for confidence (promise-rules §6).</summary>
    public bool Far;
}
