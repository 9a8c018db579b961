namespace Promise.Core.Allocation;

/// <summary>
/// One Bin or open PO line of a line's item in a fulfillment warehouse, prepared once per order: what
/// does not depend on the order instant (warehouse, free quantity after deficit netting and after what
/// earlier orders of a session committed), so order_by probes only redo the dates.
/// </summary>
internal struct SupplyEntry
{
    public int Warehouse;

    public int Priority;

    /// <summary>PO name (ordinal tie-break); unused for stock, whose tie-break is the warehouse index.</summary>
    public string? Name;

    public int Idx;

    /// <summary>Free quantity before the current order's own consumption.</summary>
    public decimal Free;

    /// <summary>PO arrival day.</summary>
    public int Arrival;

    /// <summary>The <c>BinRecord</c> or <c>PurchaseOrderLine</c>: the ledger key within the order.</summary>
    public object Record;

    /// <summary>The record's number in the snapshot (the ledger's slot).</summary>
    public int Slot;

    /// <summary>For PO entries: the stock deficit of the warehouse netted against its POs (for reasons).</summary>
    public decimal WarehouseNetted;
}
