namespace Promise.Core.Requests;

/// <summary>One requested line.</summary>
/// <param name="LineId">Caller's line id (unique within the order), echoed back.</param>
/// <param name="ItemCode">Item code, matched case-insensitively and echoed as given.</param>
/// <param name="Qty">Quantity in stock UOM, &gt; 0, exact decimal.</param>
/// <param name="Warehouse">Restrict to this warehouse (or, for a group, its fulfilment descendants); null: any.</param>
public sealed record OrderLine(string LineId, string ItemCode, decimal Qty, string? Warehouse = null);
