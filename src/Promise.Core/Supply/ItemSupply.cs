namespace Promise.Core.Supply;

/// <summary>What a snapshot holds for one item code: its master (when read), Bins and open PO lines.</summary>
internal sealed class ItemSupply
{
    private static readonly IReadOnlyList<BinRecord> NoBins = [];
    private static readonly IReadOnlyList<PurchaseOrderLine> NoLines = [];

    public ItemRecord? Item { get; set; }

    public List<BinRecord>? Bins { get; set; }

    public List<PurchaseOrderLine>? Lines { get; set; }

    public IReadOnlyList<BinRecord> BinsOrEmpty => Bins ?? NoBins;

    public IReadOnlyList<PurchaseOrderLine> LinesOrEmpty => Lines ?? NoLines;
}
