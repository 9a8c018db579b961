using Promise.Core.Supply;

namespace Promise.ErpClient.Supply;

/// <summary>The cached stock of one item: its Bins and open PO lines (both short-lived, read together).</summary>
internal sealed record StockEntry(IReadOnlyList<BinRecord> Bins, IReadOnlyList<PurchaseOrderLine> Lines)
{
    public static StockEntry Empty { get; } = new([], []);
}
