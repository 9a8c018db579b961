namespace Promise.Core.Results;

/// <summary>One allocation of a line (the wire's <c>fulfillment[]</c> entry).</summary>
/// <param name="Source">Where the quantity comes from.</param>
/// <param name="Warehouse">Fulfilling warehouse as ERPNext spells it; null for <see cref="SupplySource.Supplier"/>.</param>
/// <param name="Qty">Allocated quantity in stock UOM (&gt; 0).</param>
/// <param name="AvailableDate">Ready in the warehouse; null for supplier.</param>
/// <param name="ShipReadyDate">Ship date; null for supplier.</param>
/// <param name="DeliveryDate">Carrier delivery date.</param>
/// <param name="PoId">Purchase order name, for PO allocations.</param>
/// <param name="PoIdx">Purchase order line index, for PO allocations.</param>
/// <param name="ExpectedDate">The PO's arrival date as ERPNext has it, for PO allocations.</param>
/// <param name="Overdue">Whether that arrival date is before the earliest pick day, for PO allocations.</param>
public sealed record Fulfillment(
    SupplySource Source,
    string? Warehouse,
    decimal Qty,
    DateOnly? AvailableDate,
    DateOnly? ShipReadyDate,
    DateOnly DeliveryDate,
    string? PoId = null,
    int? PoIdx = null,
    DateOnly? ExpectedDate = null,
    bool? Overdue = null);
