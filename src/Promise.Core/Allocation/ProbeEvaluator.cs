using Promise.Core.Calendar;
using Promise.Core.Results;

namespace Promise.Core.Allocation;

/// <summary>
/// Answers an order_by probe ("is the order later at this instant?") exactly, re-running only the lines
/// whose allocation decisions the instant can change. The argument, for an instant after the order:
/// supply is the same, and every warehouse's pick day and local date are the same or later, so every date
/// a warehouse offers is the same or later. A line's stock step orders candidates by priority, then ship
/// date; an unused candidate that gets later stays after the cut, and a used one alone in its priority
/// moves nowhere, so only a used warehouse sharing its priority with another candidate can change the
/// decisions (<see cref="LineOutcome.Sensitivity"/>; lines that reached POs or lead time count every
/// warehouse). Unchanged decisions give the same allocations with the new dates; a line re-runs when its
/// sensitive warehouses moved, when a used warehouse's dates leave the horizon, or when an earlier line of
/// the same item was re-run. A later order date re-runs only the lines that read it
/// (<see cref="ReadsOrderDay"/>); a date that moved earlier (a zone turning its clock back across
/// midnight) falls back to re-running every line.
/// </summary>
internal static class ProbeEvaluator
{
    /// <summary>Records the order instant's warehouse dates; call after the main pass, before the first probe.</summary>
    public static void Capture(OrderContext ctx, Scratch s)
    {
        var touched = ctx.Touched;
        var size = ctx.View.Warehouses.Length;
        if (s.BasePick.Length < size)
        {
            s.BasePick = new int[Math.Max(size, s.BasePick.Length * 2)];
            s.BaseLocal = new int[s.BasePick.Length];
        }

        for (var i = 0; i < touched.Count; i++)
        {
            var w = touched[i];
            ref var clock = ref ctx.Clock(w);
            s.BasePick[w] = clock.PickDay;
            s.BaseLocal[w] = clock.LocalDay;
        }

        s.ProbeTouched = touched.Count;
        s.BaseOrderDay = ctx.OrderDay;
    }

    /// <summary>
    /// Whether the order at the context's current instant is short or later than <paramref name="raw"/>;
    /// the same answer as <see cref="OrderComputer.IsLater"/>. The caller rewinds scratch and ledger.
    /// </summary>
    public static bool IsLater(OrderContext ctx, Scratch s, SupplyLedger ledger, int raw)
    {
        // A later order date moves the horizon later (dates that were past it may now be reachable), may
        // reach an item's end of life, and moves drop-ship dates: only lines that read those re-run.
        var dayMoved = ctx.OrderDay != s.BaseOrderDay;
        if (ctx.OrderDay < s.BaseOrderDay)
        {
            return OrderComputer.IsLater(ctx, s, ledger, raw);
        }

        var changed = 0UL;
        var touched = ctx.Touched;
        for (var i = 0; i < s.ProbeTouched; i++)
        {
            var w = touched[i];
            ref var clock = ref ctx.Clock(w);
            if (clock.PickDay < s.BasePick[w] || clock.LocalDay < s.BaseLocal[w])
            {
                return OrderComputer.IsLater(ctx, s, ledger, raw);
            }

            if (clock.PickDay != s.BasePick[w] || clock.LocalDay != s.BaseLocal[w])
            {
                changed |= 1UL << (w & 63);
            }
        }

        if (changed == 0 && !dayMoved)
        {
            // Every date the order read is the same: the same answer as the order itself.
            return false;
        }

        var lineCount = ctx.Request.Lines.Count;
        var sharedRerun = false;
        for (var i = 0; i < lineCount; i++)
        {
            ref var outcome = ref s.Lines[i];
            var dayRerun = dayMoved && ReadsOrderDay(ctx, s.Prepared[i], outcome);
            if (outcome.NotApplicable && !dayRerun)
            {
                continue;
            }

            var shares = s.Prepared[i].SharesItem;
            if (!dayRerun &&
                ((outcome.Sensitivity & changed) == 0 || (outcome.Sensitivity != ulong.MaxValue && StillInOrder(ctx, s, ref outcome))) &&
                !(shares && sharedRerun))
            {
                var kept = Replay(ctx, s, ledger, ref outcome, shares, raw);
                if (kept == Replayed.Later)
                {
                    return true;
                }

                if (kept == Replayed.Same)
                {
                    continue;
                }
            }

            if (OrderComputer.IsLineLater(ctx, s, ledger, i, raw))
            {
                return true;
            }

            sharedRerun |= shares;
        }

        return false;
    }

    /// <summary>
    /// Whether a line's main-pass answer depends on the order date, which the probe moved later: its item
    /// reaches end of life by then (§5 checks it first, even for a non-stock item), it is drop-shipped
    /// (dates follow the order date), or some of its supply was past the horizon (a later horizon can
    /// reach it). Otherwise the horizon only caps dates the line did not reach: a date within the old
    /// horizon is computed the same within the new one.
    /// </summary>
    private static bool ReadsOrderDay(OrderContext ctx, in PreparedLine prepared, in LineOutcome outcome) =>
        outcome.SawHorizon || prepared.DropShip || (prepared.Item?.EndOfLife is { } endOfLife && endOfLife.DayNumber <= ctx.OrderDay);

    /// <summary>
    /// Whether the line's stock candidates keep their main-pass order (priority, ship date, index) with the
    /// current dates: then every decision of the stock step is the same (a used warehouse that left the
    /// horizon is caught by <see cref="Replay"/>; an unused one changes nothing).
    /// </summary>
    private static bool StillInOrder(OrderContext ctx, Scratch s, ref LineOutcome outcome)
    {
        var warehouses = ctx.View.Warehouses;
        int lastPriority = int.MinValue, lastShip = int.MinValue, last = -1;
        for (var i = outcome.StockOrderStart; i < outcome.StockOrderStart + outcome.StockOrderCount; i++)
        {
            var w = s.StockOrder[i];
            ref var clock = ref ctx.Clock(w);
            var priority = warehouses[w].Priority;
            var after = priority != lastPriority ? priority > lastPriority : clock.StockShip != lastShip ? clock.StockShip > lastShip : w > last;
            if (!after)
            {
                return false;
            }

            (lastPriority, lastShip, last) = (priority, clock.StockShip, w);
        }

        return true;
    }

    private enum Replayed
    {
        Same,
        Later,
        Rerun,
    }

    /// <summary>
    /// The main pass's allocations of a line with the current dates. Only stock allocations can have moved
    /// (a line with PO or lead-time allocations is sensitive to every warehouse); supplier dates follow the
    /// order date, which did not change. A stock warehouse now past the horizon asks for a re-run.
    /// </summary>
    private static Replayed Replay(OrderContext ctx, Scratch s, SupplyLedger ledger, ref LineOutcome outcome, bool shares, int raw)
    {
        var end = outcome.First + outcome.Count;
        var latest = -1;
        for (var k = outcome.First; k < end; k++)
        {
            ref var a = ref s.Allocs[k];
            if (a.Source != SupplySource.Stock)
            {
                continue;
            }

            var delivery = ctx.Clock(a.Warehouse).StockDelivery;
            if (delivery == WorkCalendar.Beyond)
            {
                return Replayed.Rerun;
            }

            latest = Math.Max(latest, delivery);
        }

        if (latest > raw)
        {
            return Replayed.Later;
        }

        if (shares)
        {
            // A later line of the same item may re-run: it must see this line's consumption.
            for (var k = outcome.First; k < end; k++)
            {
                if (s.Allocs[k].Record is { } record)
                {
                    ledger.Take(record, s.Allocs[k].Slot, s.Allocs[k].Qty);
                }
            }
        }

        return Replayed.Same;
    }
}
