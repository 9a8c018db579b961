namespace Promise.Core.Results;

/// <summary>Why quantity of a line is short (wire: snake_case of the member name).</summary>
public enum ShortReason
{
    /// <summary>No such item.</summary>
    UnknownItem,

    /// <summary>The item is disabled.</summary>
    ItemDisabled,

    /// <summary>The item's end of life is on or before the order date.</summary>
    EndOfLife,

    /// <summary>The named warehouse is unknown or does not fulfil.</summary>
    InvalidWarehouse,

    /// <summary>Stock, purchase orders and lead time do not cover the quantity.</summary>
    InsufficientSupply,

    /// <summary>A date would lie past the 730-day horizon.</summary>
    BeyondHorizon,
}
