namespace Promise.Core.Supply;

/// <summary>Which supply sources could be read from ERPNext for a snapshot.</summary>
/// <param name="PurchaseOrders">False when the purchase-order query was refused or failed:
/// a short line then makes the order <c>CANNOT_PROMISE_RELIABLY</c> (promise-rules §6).</param>
/// <param name="HolidayLists">False when ERPNext refused a holiday list (by default only HR Managers may
/// read it): dates then follow the weekly-off rules alone and the result says so.</param>
public sealed record SourceAvailability(bool PurchaseOrders = true, bool HolidayLists = true)
{
    /// <summary>Every source was read.</summary>
    public static SourceAvailability All { get; } = new();
}
