namespace Promise.Core.Results;

/// <summary>Status of one line (wire: snake_case of the member name).</summary>
public enum LineStatus
{
    /// <summary>Covered entirely from stock.</summary>
    Available,

    /// <summary>Covered, some from later supply or a supplier.</summary>
    Backorder,

    /// <summary>Some quantity short.</summary>
    Partial,

    /// <summary>Nothing covered.</summary>
    Unavailable,

    /// <summary>Non-stock item: no allocation, no date, not part of the order's status.</summary>
    NotApplicable,
}
