namespace Promise.Core.Supply;

/// <summary>What a snapshot holds for one item code: its master (when read), Bins and open PO lines.</summary>
internal sealed class ItemSupply
{
    public ItemRecord? Item { get; set; }

    /// <summary>The item's Bins, or null; never changed once the snapshot is built.</summary>
    public List<BinRecord>? Bins { get; set; }

    /// <summary>The item's open PO lines, or null; never changed once the snapshot is built.</summary>
    public List<PurchaseOrderLine>? Lines { get; set; }

    /// <summary>
    /// The snapshot's number of this item's first Bin; its Bins follow, then its PO lines
    /// (<c>SlotBase + Bins.Count + i</c>). Dense over the snapshot, below <c>SupplySnapshot.RecordSlots</c>.
    /// </summary>
    public int SlotBase { get; set; }

    /// <summary>
    /// The engine's prepared supply entries of this item for one view (<c>LinePreparer.ItemEntries</c>), or
    /// null: a field, read and published with <see cref="Volatile"/>.
    /// </summary>
    public Allocation.LinePreparer.ItemEntries? Entries;

    /// <summary>The view that last used this item without keeping its entries (its second use keeps them).</summary>
    public Allocation.SnapshotView? SeenBy;
}
