using Promise.Core.Calendar;
using Promise.Core.Requests;
using Promise.Core.Results;
using Promise.Core.Supply;

namespace Promise.Core.Allocation;

/// <summary>Runs the line checks and allocations of one order (promise-rules §5), in full or as a date-only probe.</summary>
internal static class OrderComputer
{
    /// <summary>The main pass: fills <see cref="Scratch.Lines"/> and records what facts need.</summary>
    public static void AllocateAll(OrderContext ctx, Scratch s, SupplyLedger ledger)
    {
        var lines = ctx.Request.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            s.RecordingLine = i;
            s.Lines[i] = AllocateLine(ctx, s, ledger, lines[i], findAlternate: true);
        }

        s.RecordingLine = -1;
    }

    /// <summary>
    /// A date-only probe at the context's current instant: true as soon as some line would be short or
    /// deliver after <paramref name="raw"/>. The caller rewinds the scratch and the ledger.
    /// </summary>
    public static bool IsLater(OrderContext ctx, Scratch s, SupplyLedger ledger, int raw)
    {
        foreach (var line in ctx.Request.Lines)
        {
            var outcome = AllocateLine(ctx, s, ledger, line, findAlternate: false);
            if (!outcome.NotApplicable && (outcome.Shortage > 0 || outcome.Delivery > raw))
            {
                return true;
            }
        }

        return false;
    }

    private static LineOutcome AllocateLine(OrderContext ctx, Scratch s, SupplyLedger ledger, OrderLine line, bool findAlternate)
    {
        var view = ctx.View;
        var item = ctx.Snapshot.FindItem(line.ItemCode);
        if (item is null)
        {
            return Short(s, line, ShortReason.UnknownItem, -1);
        }

        if (item.Disabled)
        {
            return Short(s, line, ShortReason.ItemDisabled, -1);
        }

        if (item.EndOfLife is { } endOfLife && endOfLife.DayNumber <= ctx.OrderDay)
        {
            return Short(s, line, ShortReason.EndOfLife, -1);
        }

        if (!item.IsStockItem)
        {
            return new LineOutcome { First = s.AllocCount, NotApplicable = true, Delivery = -1, Restriction = -1, AlternateWarehouse = -1 };
        }

        if (item.DeliveredBySupplier)
        {
            return DropShip(ctx, s, line, item);
        }

        var restriction = -1;
        if (line.Warehouse is not null)
        {
            restriction = view.IndexOf(line.Warehouse);
            var info = restriction < 0 ? null : view.Warehouses[restriction];
            if (info is null || (info.IsGroup ? !info.HasFulfillingDescendant : !info.Fulfills))
            {
                return Short(s, line, ShortReason.InvalidWarehouse, restriction);
            }
        }

        var alternate = findAlternate && restriction >= 0
            ? FindAlternate(ctx, s, ledger, line, item, restriction)
            : (Warehouse: -1, Delivery: -1);
        var outcome = LineAllocator.Allocate(ctx, s, ledger, line.ItemCode, item.LeadTimeDays, line.Qty, restriction);
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
    private static LineOutcome DropShip(OrderContext ctx, Scratch s, OrderLine line, ItemRecord item)
    {
        var lead = Math.Max(0, item.LeadTimeDays);
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
        a.Overdue = false;
        a.Far = true;
        return outcome;
    }

    /// <summary>
    /// The best other fulfillment warehouse holding stock or open POs of the item that alone would cover the
    /// line (earliest delivery, then priority, then name), seen against the supply left before this line.
    /// </summary>
    private static (int Warehouse, int Delivery) FindAlternate(
        OrderContext ctx, Scratch s, SupplyLedger ledger, OrderLine line, ItemRecord item, int restriction)
    {
        var view = ctx.View;
        var bins = ctx.Snapshot.BinsOf(line.ItemCode);
        var pos = ctx.Snapshot.PurchaseOrderLinesOf(line.ItemCode);
        var recording = s.RecordingLine;
        s.RecordingLine = -1;
        var best = (Warehouse: -1, Delivery: -1);
        for (var i = 0; i < bins.Count + pos.Count; i++)
        {
            var w = view.IndexOf(i < bins.Count ? bins[i].Warehouse : pos[i - bins.Count].Warehouse);
            if (w < 0 || !view.Warehouses[w].Fulfills || view.Warehouses[w].IsWithin(restriction) || SeenBefore(view, bins, pos, i, w))
            {
                continue;
            }

            var allocs = s.AllocCount;
            var mark = ledger.Mark;
            var outcome = LineAllocator.Allocate(ctx, s, ledger, line.ItemCode, item.LeadTimeDays, line.Qty, w);
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

    private static bool SeenBefore(
        SnapshotView view, IReadOnlyList<BinRecord> bins, IReadOnlyList<PurchaseOrderLine> pos, int upTo, int warehouse)
    {
        for (var j = 0; j < upTo; j++)
        {
            if (view.IndexOf(j < bins.Count ? bins[j].Warehouse : pos[j - bins.Count].Warehouse) == warehouse)
            {
                return true;
            }
        }

        return false;
    }
}
