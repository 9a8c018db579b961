using Promise.Core.Calendar;
using Promise.Core.Results;

namespace Promise.Core.Allocation;

/// <summary>Allocates one prepared line of a stock item from stock, purchase orders and lead time (promise-rules §5 steps 1-4).</summary>
internal static class LineAllocator
{
    private const int Beyond = WorkCalendar.Beyond;

    /// <summary>
    /// Allocates <paramref name="qty"/> among the eligible warehouses (all fulfillment warehouses, or those
    /// within <paramref name="restriction"/>) at the context's instant, appending allocations to the scratch
    /// buffer and consumption to the ledger.
    /// </summary>
    public static LineOutcome Allocate(OrderContext ctx, Scratch s, SupplyLedger ledger, in PreparedLine line, decimal qty, int restriction)
    {
        var outcome = new LineOutcome
        {
            First = s.AllocCount,
            Delivery = -1,
            Restriction = restriction,
            AlternateWarehouse = -1,
        };
        var horizon = false;
        var need = TakeStock(ctx, s, ledger, line, qty, restriction, ref horizon);
        if (s.RecordingLine >= 0)
        {
            outcome.Sensitivity = need > 0 ? ulong.MaxValue : StockSensitivity(s, outcome.First);
            outcome.StockOrderStart = s.RecordStockOrder();
            outcome.StockOrderCount = s.StockCandidates;
        }

        if (need > 0)
        {
            need = TakePurchaseOrders(ctx, s, ledger, line, need, restriction, ref horizon);
        }

        if (need > 0 && line.Item!.LeadTimeDays > 0)
        {
            need = TakeLeadTime(ctx, s, line.Item.LeadTimeDays, need, restriction, ref horizon);
        }

        outcome.Count = s.AllocCount - outcome.First;
        outcome.Shortage = need;
        outcome.SawHorizon = horizon;
        if (need > 0)
        {
            outcome.Reason = horizon ? ShortReason.BeyondHorizon : ShortReason.InsufficientSupply;
        }
        else
        {
            for (var i = outcome.First; i < s.AllocCount; i++)
            {
                outcome.Delivery = Math.Max(outcome.Delivery, s.Allocs[i].Delivery);
            }
        }

        return outcome;
    }

    /// <summary>
    /// After the stock step (candidates still in <see cref="Scratch.Candidates"/>): the warehouses of the
    /// line's stock allocations that share their priority with another candidate. Only their moves can
    /// reorder the candidates before the allocation's cut (priority first, then ship date).
    /// </summary>
    private static ulong StockSensitivity(Scratch s, int firstAlloc)
    {
        var mask = 0UL;
        var candidates = s.Candidates.AsSpan(0, s.StockCandidates);
        for (var k = firstAlloc; k < s.AllocCount; k++)
        {
            var w = s.Allocs[k].Warehouse;
            var priority = -1;
            var shared = false;
            foreach (ref var c in candidates)
            {
                if (c.Warehouse == w)
                {
                    priority = c.Priority;
                }
            }

            foreach (ref var c in candidates)
            {
                shared |= c.Warehouse != w && c.Priority == priority;
            }

            mask |= shared ? 1UL << (w & 63) : 0UL;
        }

        return mask;
    }

    private static decimal TakeStock(OrderContext ctx, Scratch s, SupplyLedger ledger, in PreparedLine line, decimal need, int restriction, ref bool horizon)
    {
        var candidates = Gather(ctx, s, ledger, line.StockStart, line.StockCount, restriction, stock: true, ref horizon);
        s.StockCandidates = s.GatheredCandidates;
        if (candidates.IsEmpty)
        {
            return need;
        }

        // One warehouse that covers the whole line wins over splitting (single-warehouse preference).
        foreach (ref var c in candidates)
        {
            if (c.Free >= need)
            {
                Take(s, ledger, ref c, need, SupplySource.Stock, far: false);
                return 0m;
            }
        }

        return TakeInOrder(ctx, s, ledger, candidates, need, SupplySource.Stock);
    }

    private static decimal TakePurchaseOrders(OrderContext ctx, Scratch s, SupplyLedger ledger, in PreparedLine line, decimal need, int restriction, ref bool horizon)
    {
        var candidates = Gather(ctx, s, ledger, line.PoStart, line.PoCount, restriction, stock: false, ref horizon);
        return TakeInOrder(ctx, s, ledger, candidates, need, SupplySource.PurchaseOrder);
    }

    /// <summary>
    /// The eligible entries of a line's stock or PO range with their dates at the context's instant, sorted
    /// in allocation order; entries past the horizon are left out and flagged.
    /// </summary>
    private static Span<Candidate> Gather(
        OrderContext ctx, Scratch s, SupplyLedger ledger, int start, int count, int restriction, bool stock, ref bool horizon)
    {
        s.EnsureCandidates(count);
        var n = 0;
        for (var i = start; i < start + count; i++)
        {
            ref var c = ref s.Candidates[n];
            if (!TryCandidate(ctx, s, ledger, i, restriction, ref c))
            {
                continue;
            }

            ref var clock = ref ctx.Clock(c.Warehouse);
            if (stock)
            {
                c.Available = clock.StockAvailable;
                c.Ship = clock.StockShip;
                c.Delivery = clock.StockDelivery;
            }
            else
            {
                ctx.Inbound(ref clock, s.Supplies[i].Arrival, ref c);
            }

            if (c.Delivery == Beyond)
            {
                horizon = true;
                continue;
            }

            n++;
        }

        s.GatheredCandidates = n;

        var candidates = s.Candidates.AsSpan(0, n);
        InsertionSort(s, candidates, stock);
        return candidates;
    }

    /// <summary>
    /// Starts a candidate from supply entry <paramref name="entry"/> when its warehouse is eligible and the
    /// order has not used it up; reaching a PO entry of a netted warehouse records the netting for reasons.
    /// </summary>
    private static bool TryCandidate(OrderContext ctx, Scratch s, SupplyLedger ledger, int entry, int restriction, ref Candidate c)
    {
        ref var e = ref s.Supplies[entry];
        if (restriction >= 0 && !ctx.View.Warehouses[e.Warehouse].IsWithin(restriction))
        {
            return false;
        }

        if (e.WarehouseNetted > 0 && s.RecordingLine >= 0)
        {
            s.Netting.Add((s.RecordingLine, e.Warehouse, e.WarehouseNetted));
        }

        var free = e.Free;
        if (ledger.TryLocal(e.Record, out var used))
        {
            free -= used;
        }

        if (free <= 0)
        {
            return false;
        }

        c.Entry = entry;
        c.Warehouse = e.Warehouse;
        c.Priority = e.Priority;
        c.Free = free;
        c.Overdue = false;
        return true;
    }

    private static decimal TakeInOrder(OrderContext ctx, Scratch s, SupplyLedger ledger, Span<Candidate> candidates, decimal need, SupplySource source)
    {
        foreach (ref var c in candidates)
        {
            var take = Math.Min(c.Free, need);
            var far = source == SupplySource.PurchaseOrder && (c.Overdue || c.Arrival > ctx.Clock(c.Warehouse).LocalDay + 7);
            Take(s, ledger, ref c, take, source, far);
            need -= take;
            if (need == 0)
            {
                break;
            }
        }

        return need;
    }

    private static decimal TakeLeadTime(OrderContext ctx, Scratch s, int leadTimeDays, decimal need, int restriction, ref bool horizon)
    {
        var view = ctx.View;
        var best = new Candidate { Warehouse = -1 };
        var probe = default(Candidate);
        foreach (var w in view.ByPreference)
        {
            var info = view.Warehouses[w];
            if (best.Warehouse >= 0 && info.Priority > best.Priority)
            {
                break;
            }

            if (restriction >= 0 && !info.IsWithin(restriction))
            {
                continue;
            }

            ref var clock = ref ctx.Clock(w);
            var arrival = leadTimeDays > ctx.Limit - clock.LocalDay ? Beyond : clock.LocalDay + leadTimeDays;
            ctx.Inbound(ref clock, arrival, ref probe);
            if (probe.Delivery == Beyond)
            {
                horizon = true;
                continue;
            }

            // ByPreference is ordered by priority, then name: an equal ship date keeps the earlier name.
            if (best.Warehouse < 0 || probe.Ship < best.Ship)
            {
                best = probe;
                best.Warehouse = w;
                best.Priority = info.Priority;
            }
        }

        if (best.Warehouse < 0)
        {
            return need;
        }

        best.Overdue = false;
        best.Entry = -1;
        Take(s, null, ref best, need, SupplySource.LeadTime, far: true);
        return 0m;
    }

    /// <summary>
    /// Candidate lists are a handful of entries: an insertion sort without delegates. Stock: priority, ship
    /// date, warehouse name (view indices follow ordinal name order). POs: ship date, priority, PO name, idx.
    /// </summary>
    private static void InsertionSort(Scratch s, Span<Candidate> candidates, bool stock)
    {
        for (var i = 1; i < candidates.Length; i++)
        {
            var j = i;
            while (j > 0 && (stock ? StockBefore(candidates[j], candidates[j - 1]) : PoBefore(s, candidates[j], candidates[j - 1])))
            {
                (candidates[j], candidates[j - 1]) = (candidates[j - 1], candidates[j]);
                j--;
            }
        }
    }

    private static bool StockBefore(in Candidate a, in Candidate b) =>
        a.Priority != b.Priority ? a.Priority < b.Priority
        : a.Ship != b.Ship ? a.Ship < b.Ship
        : a.Warehouse < b.Warehouse;

    private static bool PoBefore(Scratch s, in Candidate a, in Candidate b)
    {
        if (a.Ship != b.Ship)
        {
            return a.Ship < b.Ship;
        }

        if (a.Priority != b.Priority)
        {
            return a.Priority < b.Priority;
        }

        ref var x = ref s.Supplies[a.Entry];
        ref var y = ref s.Supplies[b.Entry];
        var c = string.CompareOrdinal(x.Name, y.Name);
        return c != 0 ? c < 0 : x.Idx < y.Idx;
    }

    private static void Take(Scratch s, SupplyLedger? ledger, ref Candidate c, decimal qty, SupplySource source, bool far)
    {
        ref var a = ref s.AddAlloc();
        a.Source = source;
        a.Warehouse = c.Warehouse;
        a.Qty = qty;
        a.Available = c.Available;
        a.Ship = c.Ship;
        a.Delivery = c.Delivery;
        var record = c.Entry >= 0 ? s.Supplies[c.Entry].Record : null;
        a.Po = record as Supply.PurchaseOrderLine;
        a.Record = record;
        a.Slot = c.Entry >= 0 ? s.Supplies[c.Entry].Slot : -1;
        a.Overdue = source == SupplySource.PurchaseOrder && c.Overdue;
        a.Far = far;
        if (ledger is not null && record is not null)
        {
            ledger.Take(record, a.Slot, qty);
        }
    }
}
