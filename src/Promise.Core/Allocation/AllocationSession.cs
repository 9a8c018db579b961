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
    private readonly SupplyLedger _ledger = new(shared: true);

    internal AllocationSession(PromiseEngine engine) => _engine = engine;

    /// <summary>
    /// Promises the next order of the batch; its allocations are consumed unless the order will not
    /// ship (<see cref="PromiseResult.Ships"/> false).
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="PromiseEngine.Quote"/>; nothing is consumed.</exception>
    public PromiseResult Promise(SupplySnapshot snapshot, PromiseRequest request)
    {
        PromiseResult? result = null;
        try
        {
            result = _engine.Compute(snapshot, request, _ledger);
        }
        finally
        {
            if (result is { Ships: true })
            {
                _ledger.Commit();
            }
            else
            {
                _ledger.ClearOrder();
            }
        }

        return result;
    }
}
