namespace ErpNext.Fake.Generation;

/// <summary>A Bin; every quantity in stock UOM.</summary>
internal sealed record GeneratedBin(
    string ItemCode,
    string Warehouse,
    string StockUom,
    double ActualQty,
    double ReservedQty,
    double OrderedQty,
    double IndentedQty,
    double PlannedQty,
    double ReservedForProduction,
    double ReservedForSubContract,
    double ReservedForProductionPlan,
    double ReservedStock,
    DateTime Modified)
{
    /// <summary>ERPNext's formula (erpnext-api.md §3).</summary>
    public double ProjectedQty =>
        ActualQty + OrderedQty + IndentedQty + PlannedQty - ReservedQty - ReservedForProduction - ReservedForSubContract - ReservedForProductionPlan;
}
