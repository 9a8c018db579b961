namespace Promise.Core.Supply;

/// <summary>What a snapshot holds for one item code: its master (when read), Bins and open PO lines.</summary>
internal sealed class ItemSupply
{
    private static readonly IReadOnlyList<BinRecord> NoBins = [];
    private static readonly IReadOnlyList<PurchaseOrderLine> NoLines = [];

    public ItemRecord? Item { get; set; }

    public List<BinRecord>? Bins { get; set; }

    public List<PurchaseOrderLine>? Lines { get; set; }

    /// <summary>
    /// The snapshot's number of this item's first Bin; its Bins follow, then its PO lines
    /// (<c>SlotBase + Bins.Count + i</c>). Dense over the snapshot, below <c>SupplySnapshot.RecordSlots</c>.
    /// </summary>
    public int SlotBase { get; set; }

    public IReadOnlyList<BinRecord> BinsOrEmpty => Bins ?? NoBins;

    public IReadOnlyList<PurchaseOrderLine> LinesOrEmpty => Lines ?? NoLines;
}
