namespace Promise.Core.Results;

/// <summary>Where an allocation comes from (wire: <c>stock</c>, <c>purchase_order</c>, <c>lead_time</c>, <c>supplier</c>).</summary>
public enum SupplySource
{
    /// <summary>Free warehouse stock.</summary>
    Stock,

    /// <summary>An open purchase-order line.</summary>
    PurchaseOrder,

    /// <summary>Procurement within the item's lead time (unlimited).</summary>
    LeadTime,

    /// <summary>Drop-ship by the supplier.</summary>
    Supplier,
}
