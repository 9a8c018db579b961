namespace ErpNext.Fake.Generation;

/// <summary>A PO line; <see cref="Qty"/> and <see cref="ReceivedQty"/> in the purchase UOM, times <see cref="ConversionFactor"/> = stock UOM.</summary>
internal sealed record GeneratedOrderLine(
    string Name,
    string ItemCode,
    string Warehouse,
    double Qty,
    double ReceivedQty,
    string Uom,
    string StockUom,
    double ConversionFactor,
    DateOnly ScheduleDate,
    DateOnly? ExpectedDeliveryDate,
    bool DeliveredBySupplier)
{
    public double StockQty => Qty * ConversionFactor;

    /// <summary>Still to come in, in stock UOM.</summary>
    public double OpenStockQty => Math.Max(0, Qty - ReceivedQty) * ConversionFactor;
}
