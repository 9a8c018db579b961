using Promise.Core.Requests;
using Promise.Core.Results;
using Promise.Core.Supply;

namespace Promise.Core.Allocation;

/// <summary>
/// A ledger of supply consumed by the orders of one <c>shared</c> bulk batch, in input order
/// (promise-rules §7). Consumption is keyed by (item, warehouse) and PO line, so each call may pass
/// a snapshot of a different window of items. Not thread-safe: one batch, one caller.
/// </summary>
public sealed class AllocationSession
{
    private readonly PromiseEngine _engine;

    internal AllocationSession(PromiseEngine engine) => _engine = engine;

    /// <summary>
    /// Promises the next order of the batch; its allocations are consumed unless the order will not
    /// ship (<see cref="PromiseResult.Ships"/> false).
    /// </summary>
    public PromiseResult Promise(SupplySnapshot snapshot, PromiseRequest request) =>
        throw new NotImplementedException($"issue #2: allocation ({_engine.Rules.ShippingMethods.Count})");
}
