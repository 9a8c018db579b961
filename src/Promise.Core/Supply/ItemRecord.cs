namespace Promise.Core.Supply;

/// <summary>The fields of an ERPNext <c>Item</c> that promising needs.</summary>
/// <param name="ItemCode">Item code (the document name).</param>
/// <param name="Disabled">Disabled items cannot be promised (<c>item_disabled</c>).</param>
/// <param name="IsStockItem">Non-stock items are <c>not_applicable</c>.</param>
/// <param name="EndOfLife">Sales are blocked when this date is on or before the order date; null means never.</param>
/// <param name="LeadTimeDays">Calendar days to procure; lead-time supply exists only when &gt; 0.</param>
/// <param name="DeliveredBySupplier">Drop-ship item: one supplier allocation, no stock or PO used.</param>
public sealed record ItemRecord(
    string ItemCode,
    bool Disabled = false,
    bool IsStockItem = true,
    DateOnly? EndOfLife = null,
    int LeadTimeDays = 0,
    bool DeliveredBySupplier = false);
