using Promise.Core.Supply;

namespace Promise.ErpClient.Supply;

/// <summary>The cached stock of one item: its Bins and open PO lines (both short-lived, read together).</summary>
/// <param name="Bins">Bins of the item.</param>
/// <param name="Lines">Open PO lines of the item.</param>
/// <param name="PurchaseOrdersRead">False when ERPNext refused the purchase-order query (403): lines are unknown, not zero.</param>
internal sealed record StockEntry(IReadOnlyList<BinRecord> Bins, IReadOnlyList<PurchaseOrderLine> Lines, bool PurchaseOrdersRead = true);
