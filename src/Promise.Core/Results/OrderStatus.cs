namespace Promise.Core.Results;

/// <summary>Status of the order (wire: <c>OK</c>, <c>CANNOT_FULFILL</c>, <c>CANNOT_PROMISE_RELIABLY</c>).</summary>
public enum OrderStatus
{
    /// <summary>Every applicable line is covered (and, with STRICT_FAIL, on time).</summary>
    Ok,

    /// <summary>A line is short, or STRICT_FAIL rejected a late date.</summary>
    CannotFulfill,

    /// <summary>A line is short and purchase-order data could not be read.</summary>
    CannotPromiseReliably,
}
