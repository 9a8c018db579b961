namespace Promise.Core.Allocation;

/// <summary>A supply entry (or lead time) considered for one line at one instant, with its dates.</summary>
internal struct Candidate
{
    /// <summary>Index of the <see cref="SupplyEntry"/> in the order's scratch; -1 for lead time.</summary>
    public int Entry;

    public int Warehouse;

    public int Priority;

    /// <summary>Free quantity left for this line.</summary>
    public decimal Free;

    public int Arrival;

    public int Available;

    public int Ship;

    public int Delivery;

    public bool Overdue;
}
