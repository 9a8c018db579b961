namespace Promise.Core.Allocation;

/// <summary>A stock or purchase-order source considered for one line.</summary>
internal struct Candidate
{
    public int Warehouse;

    public int Priority;

    /// <summary>PO name: ordinal sort key after the dates (stock sorts by warehouse index).</summary>
    public string? Name;

    public int Idx;

    public decimal Free;

    public int Arrival;

    public int Available;

    public int Ship;

    public int Delivery;

    public bool Overdue;

    /// <summary>The Bin or PO line (null for lead time).</summary>
    public object? Record;
}
