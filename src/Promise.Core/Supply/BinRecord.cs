namespace Promise.Core.Supply;

/// <summary>
/// One ERPNext <c>Bin</c>: stock of one item in one leaf warehouse, all quantities in stock UOM.
/// A missing Bin means every quantity is zero.
/// </summary>
/// <param name="ItemCode">Item code as ERPNext spells it.</param>
/// <param name="Warehouse">Warehouse name as ERPNext spells it.</param>
/// <param name="ActualQty">Physical quantity on hand (may be negative when negative stock is allowed).</param>
/// <param name="ReservedQty">Reserved for undelivered submitted sales orders.</param>
/// <param name="ReservedQtyForProduction">Reserved for work orders.</param>
/// <param name="ReservedQtyForSubContract">Reserved for subcontracting.</param>
/// <param name="ReservedQtyForProductionPlan">Reserved for production plans (ERPNext v15+, else 0).</param>
public sealed record BinRecord(
    string ItemCode,
    string Warehouse,
    decimal ActualQty,
    decimal ReservedQty,
    decimal ReservedQtyForProduction = 0m,
    decimal ReservedQtyForSubContract = 0m,
    decimal ReservedQtyForProductionPlan = 0m)
{
    // Computed once per record (records are shared across snapshots) and again by any init of a quantity.
    private decimal _rawFree = ActualQty - ReservedQty - ReservedQtyForProduction - ReservedQtyForSubContract - ReservedQtyForProductionPlan;

    /// <summary>Physical quantity on hand (may be negative when negative stock is allowed).</summary>
    public decimal ActualQty { get; init { field = value; _rawFree = Free(); } } = ActualQty;

    /// <summary>Reserved for undelivered submitted sales orders.</summary>
    public decimal ReservedQty { get; init { field = value; _rawFree = Free(); } } = ReservedQty;

    /// <summary>Reserved for work orders.</summary>
    public decimal ReservedQtyForProduction { get; init { field = value; _rawFree = Free(); } } = ReservedQtyForProduction;

    /// <summary>Reserved for subcontracting.</summary>
    public decimal ReservedQtyForSubContract { get; init { field = value; _rawFree = Free(); } } = ReservedQtyForSubContract;

    /// <summary>Reserved for production plans (ERPNext v15+, else 0).</summary>
    public decimal ReservedQtyForProductionPlan { get; init { field = value; _rawFree = Free(); } } = ReservedQtyForProductionPlan;

    /// <summary>
    /// Free quantity before deficit netting (promise-rules §3): actual minus every reservation.
    /// <c>reserved_stock</c> overlaps <c>reserved_qty</c> and is deliberately not part of this record.
    /// </summary>
    public decimal RawFreeQty => _rawFree;

    private decimal Free() => ActualQty - ReservedQty - ReservedQtyForProduction - ReservedQtyForSubContract - ReservedQtyForProductionPlan;
}
