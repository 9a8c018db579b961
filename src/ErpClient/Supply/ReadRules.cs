namespace Promise.ErpClient.Supply;

/// <summary>
/// The filtering rules of erpnext-api.md §2, shared by the ERPNext reader and the embedded fixture so both
/// modes answer the same: submitted orders not Closed/Completed/On Hold/Delivered, lines still open and not drop-ship.
/// </summary>
internal static class ReadRules
{
    /// <summary>PO statuses whose lines are never supply.</summary>
    public static readonly IReadOnlyList<string> ExcludedPoStatuses = ["Closed", "Completed", "On Hold", "Delivered"];

    public static bool IsOpenOrder(int docStatus, string? status) =>
        docStatus == 1 && !ExcludedPoStatuses.Contains(status ?? string.Empty, StringComparer.OrdinalIgnoreCase);

    /// <summary>Filters cannot compare two columns, so this runs client-side.</summary>
    public static bool IsOpenLine(decimal qty, decimal receivedQty, bool deliveredBySupplier) =>
        qty > receivedQty && !deliveredBySupplier;

    public static bool InCompany(string? company, string? wanted) =>
        string.IsNullOrWhiteSpace(wanted) || string.Equals(company, wanted, StringComparison.OrdinalIgnoreCase);
}
