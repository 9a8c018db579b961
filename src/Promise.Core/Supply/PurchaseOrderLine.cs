namespace Promise.Core.Supply;

/// <summary>
/// One open line of a submitted purchase order (promise-rules §1). The reader has already
/// dropped lines of closed/completed/on-hold/delivered orders, fully received lines and
/// drop-ship lines; the calculator still ignores lines whose outstanding quantity is not positive.
/// </summary>
/// <param name="PoName">Purchase order name (<c>PUR-ORD-0001</c>).</param>
/// <param name="Idx">1-based line index within the order; breaks ties after the PO name.</param>
/// <param name="ItemCode">Item code.</param>
/// <param name="Warehouse">Receiving warehouse of the line.</param>
/// <param name="Qty">Ordered quantity in the purchase UOM.</param>
/// <param name="ReceivedQty">Received quantity in the purchase UOM.</param>
/// <param name="ConversionFactor">Stock-UOM units per purchase-UOM unit.</param>
/// <param name="ScheduleDate">The buyer's "Required By" date.</param>
/// <param name="ExpectedDeliveryDate">The supplier's date, when set; preferred over <paramref name="ScheduleDate"/>.</param>
public sealed record PurchaseOrderLine(
    string PoName,
    int Idx,
    string ItemCode,
    string Warehouse,
    decimal Qty,
    decimal ReceivedQty,
    decimal ConversionFactor,
    DateOnly ScheduleDate,
    DateOnly? ExpectedDeliveryDate)
{
    // Computed once per record (records are shared across snapshots) and again by any init of a quantity.
    private decimal _outstanding = (Qty - ReceivedQty) * ConversionFactor;

    /// <summary>Ordered quantity in purchase UOM.</summary>
    public decimal Qty { get; init { field = value; _outstanding = Outstanding(); } } = Qty;

    /// <summary>Received quantity in purchase UOM.</summary>
    public decimal ReceivedQty { get; init { field = value; _outstanding = Outstanding(); } } = ReceivedQty;

    /// <summary>Stock UOM units per purchase UOM unit.</summary>
    public decimal ConversionFactor { get; init { field = value; _outstanding = Outstanding(); } } = ConversionFactor;

    /// <summary>Outstanding quantity in stock UOM: <c>(qty - received_qty) * conversion_factor</c>.</summary>
    public decimal OutstandingStockQty => _outstanding;

    private decimal Outstanding() => (Qty - ReceivedQty) * ConversionFactor;

    /// <summary>The arrival date: <c>expected_delivery_date</c> if set, else <c>schedule_date</c>.</summary>
    public DateOnly ArrivalDate => ExpectedDeliveryDate ?? ScheduleDate;
}
