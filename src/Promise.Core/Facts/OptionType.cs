namespace Promise.Core.Facts;

/// <summary>Kinds of computed suggestion (wire: <c>split_shipment</c>, <c>alternate_warehouse</c>, <c>expedite_po</c>).</summary>
public enum OptionType
{
    /// <summary>Fill policy <c>complete</c> delays lines that could deliver sooner if shipped separately.</summary>
    SplitShipment,

    /// <summary>A warehouse-restricted line could come sooner (or at all) from another warehouse.</summary>
    AlternateWarehouse,

    /// <summary>A far or overdue purchase order decides the date; expediting it would bring the promise forward.</summary>
    ExpeditePo,
}
