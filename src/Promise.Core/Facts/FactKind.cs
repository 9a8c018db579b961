namespace Promise.Core.Facts;

/// <summary>What a <see cref="PromiseFact"/> records. Reasons explain dates; blockers explain what cannot be promised.</summary>
public enum FactKind
{
    /// <summary>Reason: an allocation (<see cref="PromiseFact.Allocation"/> holds source, quantity, warehouse, PO and dates).</summary>
    Allocated,

    /// <summary>Reason: the order came at or after <see cref="PromiseFact.Warehouse"/>'s cutoff (<see cref="PromiseFact.Time"/>), so picking starts <see cref="PromiseFact.Date"/>.</summary>
    CutoffPassed,

    /// <summary>Reason: the pick day <see cref="PromiseFact.Date"/> is not a working day of the warehouse; goods are ready <see cref="PromiseFact.OtherDate"/>.</summary>
    NonWorkingDay,

    /// <summary>Reason: PO <see cref="PromiseFact.PoId"/> was due <see cref="PromiseFact.Date"/> and is overdue; it is planned from <see cref="PromiseFact.OtherDate"/>.</summary>
    OverduePurchaseOrder,

    /// <summary>Reason: <see cref="PromiseFact.Qty"/> of the item's open POs into <see cref="PromiseFact.Warehouse"/> already cover a stock deficit (demand promised to other orders).</summary>
    DeficitNetted,

    /// <summary>Reason: the holiday list <see cref="PromiseFact.Name"/> could not be read; weekly-off rules alone apply.</summary>
    HolidayListUnavailable,

    /// <summary>Reason: non-stock item; no date is needed for the line.</summary>
    NotApplicable,

    /// <summary>Reason: fill policy <c>complete</c>: every line delivers together on <see cref="PromiseFact.Date"/>.</summary>
    CompleteShipment,

    /// <summary>Reason: NO_EARLY_DELIVERY moved the promise from <see cref="PromiseFact.Date"/> to the desired date <see cref="PromiseFact.OtherDate"/>.</summary>
    NoEarlyDeliveryAdjusted,

    /// <summary>Blocker: <see cref="PromiseFact.Qty"/> of the line is short for <see cref="PromiseFact.Reason"/> (with <see cref="PromiseFact.Date"/> = end of life, <see cref="PromiseFact.Warehouse"/> = invalid warehouse where they apply).</summary>
    Shortage,

    /// <summary>Blocker: purchase-order data could not be read, so a short line may in fact be covered.</summary>
    PurchaseOrdersUnavailable,

    /// <summary>Blocker: STRICT_FAIL: the promise <see cref="PromiseFact.Date"/> is later than the desired date <see cref="PromiseFact.OtherDate"/>.</summary>
    DesiredDateMissed,
}
