using Promise.Core.Calendar;
using Promise.Core.Requests;
using Promise.Core.Results;

namespace Promise.Core.Allocation;

/// <summary>Runs the checks and allocations of one order (promise-rules §5): the main pass and date-only probes.</summary>
internal static class OrderComputer
{
    /// <summary>The main pass: prepares every line, fills <see cref="Scratch.Lines"/> and records what facts need.</summary>
    public static void AllocateAll(OrderContext ctx, Scratch s, SupplyLedger ledger)
    {
        var lines = ctx.Request.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            s.RecordingLine = i;
            s.Prepared[i] = LinePreparer.Prepare(ctx, s, ledger, lines[i]);
            MarkSharedItem(s, i, lines.Count);
            s.Lines[i] = AllocateLine(ctx, s, ledger, lines[i], s.Prepared[i], findAlternate: true);
        }

        s.RecordingLine = -1;
    }

    /// <summary>
    /// A date-only probe at the context's current instant over the prepared lines: true as soon as some
    /// line would be short or deliver after <paramref name="raw"/>. The caller rewinds scratch and ledger.
    /// </summary>
    public static bool IsLater(OrderContext ctx, Scratch s, SupplyLedger ledger, int raw)
    {
        var lines = ctx.Request.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsLineLater(ctx, s, ledger, i, raw))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Re-runs one prepared line at the context's current instant (a probe): true when it is short or later than <paramref name="raw"/>.</summary>
    public static bool IsLineLater(OrderContext ctx, Scratch s, SupplyLedger ledger, int line, int raw)
    {
        var outcome = AllocateLine(ctx, s, ledger, ctx.Request.Lines[line], s.Prepared[line], findAlternate: false);
        return !outcome.NotApplicable && (outcome.Shortage > 0 || outcome.Delivery > raw);
    }

    /// <summary>
    /// Marks lines whose item another line also orders (their allocations meet in the ledger). Large orders
    /// are all marked: a conservative answer that only makes order_by probes re-run more lines.
    /// </summary>
    private static void MarkSharedItem(Scratch s, int line, int lineCount)
    {
        const int Compared = 64;
        var item = s.Prepared[line].Item;
        if (lineCount > Compared)
        {
            s.Prepared[line].SharesItem = true;
            return;
        }

        for (var j = 0; j < line; j++)
        {
            if (item is not null && ReferenceEquals(s.Prepared[j].Item, item))
            {
                s.Prepared[j].SharesItem = true;
                s.Prepared[line].SharesItem = true;
            }
        }
    }

    private static LineOutcome AllocateLine(OrderContext ctx, Scratch s, SupplyLedger ledger, OrderLine line, in PreparedLine prepared, bool findAlternate)
    {
        // §5 order: unknown, disabled, end of life (depends on the order date), non-stock, drop-ship, warehouse.
        if (prepared.Blocked is ShortReason.UnknownItem or ShortReason.ItemDisabled)
        {
            return Short(s, line, prepared.Blocked.Value, -1);
        }

        if (prepared.Item!.EndOfLife is { } endOfLife && endOfLife.DayNumber <= ctx.OrderDay)
        {
            return Short(s, line, ShortReason.EndOfLife, -1);
        }

        if (prepared.NotApplicable)
        {
            return new LineOutcome { First = s.AllocCount, NotApplicable = true, Delivery = -1, Restriction = -1, AlternateWarehouse = -1 };
        }

        if (prepared.DropShip)
        {
            return DropShip(ctx, s, line, prepared.Item.LeadTimeDays);
        }

        var restriction = prepared.Restriction;
        if (prepared.Blocked is { } blocked)
        {
            return Short(s, line, blocked, restriction);
        }

        var outcome = LineAllocator.Allocate(ctx, s, ledger, prepared, line.Qty, restriction);

        // Alternates use warehouses outside the restriction, so the line's own consumption does not touch
        // their supply: they may be tried after it, and only those that could deliver sooner.
        var alternate = findAlternate && restriction >= 0
            ? FindAlternate(ctx, s, ledger, line, prepared, outcome.Shortage > 0 ? WorkCalendar.Beyond : outcome.Delivery)
            : (Warehouse: -1, Delivery: -1);
        if (alternate.Warehouse >= 0 && (outcome.Shortage > 0 || alternate.Delivery < outcome.Delivery))
        {
            outcome.AlternateWarehouse = alternate.Warehouse;
            outcome.AlternateDelivery = alternate.Delivery;
        }

        return outcome;
    }

    private static LineOutcome Short(Scratch s, OrderLine line, ShortReason reason, int restriction) => new()
    {
        First = s.AllocCount,
        Shortage = line.Qty,
        Reason = reason,
        Delivery = -1,
        Restriction = restriction,
        AlternateWarehouse = -1,
    };

    /// <summary>promise-rules §4: the whole line is one supplier allocation delivered from order date + lead time.</summary>
    private static LineOutcome DropShip(OrderContext ctx, Scratch s, OrderLine line, int leadTimeDays)
    {
        var lead = Math.Max(0, leadTimeDays);
        var delivery = lead > ctx.Limit - ctx.OrderDay
            ? WorkCalendar.Beyond
            : ctx.CarrierCalendar.FirstWorkingDay(ctx.OrderDay + lead, ctx.Limit);
        if (delivery == WorkCalendar.Beyond)
        {
            return Short(s, line, ShortReason.BeyondHorizon, -1);
        }

        var outcome = new LineOutcome { First = s.AllocCount, Count = 1, Delivery = delivery, Restriction = -1, AlternateWarehouse = -1 };
        ref var a = ref s.AddAlloc();
        a.Source = SupplySource.Supplier;
        a.Warehouse = -1;
        a.Qty = line.Qty;
        a.Available = -1;
        a.Ship = -1;
        a.Delivery = delivery;
        a.Po = null;
        a.Record = null;
        a.Overdue = false;
        a.Far = true;
        return outcome;
    }

    /// <summary>
    /// The best other fulfillment warehouse holding stock or open POs of the item that alone would cover the
    /// line (earliest delivery, then priority, then name), seen against the supply left before this line.
    /// A warehouse whose stock delivery (the earliest any of its supply can deliver) is not before
    /// <paramref name="sooner"/> is not tried: it could never be offered.
    /// </summary>
    private static (int Warehouse, int Delivery) FindAlternate(
        OrderContext ctx, Scratch s, SupplyLedger ledger, OrderLine line, in PreparedLine prepared, int sooner)
    {
        var view = ctx.View;
        var recording = s.RecordingLine;
        s.RecordingLine = -1;
        var best = (Warehouse: -1, Delivery: -1);
        var first = prepared.StockStart;
        var end = prepared.PoStart + prepared.PoCount;
        for (var i = first; i < end; i++)
        {
            var w = s.Supplies[i].Warehouse;
            if (view.Warehouses[w].IsWithin(prepared.Restriction) || SeenBefore(s, first, i, w) || ctx.Clock(w).StockDelivery >= sooner)
            {
                continue;
            }

            var allocs = s.AllocCount;
            var mark = ledger.Mark;
            var outcome = LineAllocator.Allocate(ctx, s, ledger, prepared, line.Qty, w);
            s.AllocCount = allocs;
            ledger.Rewind(mark);
            if (outcome.Shortage == 0 && (best.Warehouse < 0 || Better(view, w, outcome.Delivery, best)))
            {
                best = (w, outcome.Delivery);
            }
        }

        s.RecordingLine = recording;
        return best;
    }

    private static bool Better(SnapshotView view, int w, int delivery, (int Warehouse, int Delivery) best)
    {
        if (delivery != best.Delivery)
        {
            return delivery < best.Delivery;
        }

        var a = view.Warehouses[w];
        var b = view.Warehouses[best.Warehouse];
        return a.Priority != b.Priority ? a.Priority < b.Priority : string.CompareOrdinal(a.Name, b.Name) < 0;
    }

    private static bool SeenBefore(Scratch s, int from, int upTo, int warehouse)
    {
        for (var j = from; j < upTo; j++)
        {
            if (s.Supplies[j].Warehouse == warehouse)
            {
                return true;
            }
        }

        return false;
    }
}
