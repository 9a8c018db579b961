namespace Promise.Core.Requests;

/// <summary>How an order may ship (wire: <c>partial</c>, <c>complete</c>).</summary>
public enum FillPolicy
{
    /// <summary>Lines ship as they become ready (the default).</summary>
    Partial,

    /// <summary>One shipment: every line's date becomes the order's date.</summary>
    Complete,
}
