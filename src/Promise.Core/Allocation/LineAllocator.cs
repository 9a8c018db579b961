using Promise.Core.Calendar;
using Promise.Core.Results;
using Promise.Core.Supply;

namespace Promise.Core.Allocation;

/// <summary>Allocates one line of a stock item from stock, purchase orders and lead time (promise-rules §5 steps 1-4).</summary>
internal static class LineAllocator
{
    private const int Beyond = WorkCalendar.Beyond;

    /// <summary>
    /// Allocates <paramref name="qty"/> of the item among the eligible warehouses (all fulfillment
    /// warehouses, or those within <paramref name="restriction"/>), appending allocations to the scratch
    /// buffer and consumption to the ledger.
    /// </summary>
    public static LineOutcome Allocate(
        OrderContext ctx, Scratch s, SupplyLedger ledger, string itemCode, int leadTimeDays, decimal qty, int restriction)
    {
        var outcome = new LineOutcome
        {
            First = s.AllocCount,
            Delivery = -1,
            Restriction = restriction,
            AlternateWarehouse = -1,
        };
        var snapshot = ctx.Snapshot;
        var bins = snapshot.BinsOf(itemCode);
        var horizon = false;
        var need = TakeStock(ctx, s, ledger, bins, qty, restriction, ref horizon);
        if (need > 0)
        {
            need = TakePurchaseOrders(ctx, s, ledger, bins, snapshot.PurchaseOrderLinesOf(itemCode), need, restriction, ref horizon);
        }

        if (need > 0 && leadTimeDays > 0)
        {
            need = TakeLeadTime(ctx, s, leadTimeDays, need, restriction, ref horizon);
        }

        outcome.Count = s.AllocCount - outcome.First;
        outcome.Shortage = need;
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

    /// <summary>Whether a warehouse may fulfil a line with this restriction (-1: none).</summary>
    public static bool Eligible(SnapshotView view, int warehouse, int restriction) =>
        warehouse >= 0 && view.Warehouses[warehouse].Fulfills &&
        (restriction < 0 || view.Warehouses[warehouse].IsWithin(restriction));

    private static decimal TakeStock(
        OrderContext ctx, Scratch s, SupplyLedger ledger, IReadOnlyList<BinRecord> bins, decimal need, int restriction, ref bool horizon)
    {
        var view = ctx.View;
        s.EnsureCandidates(bins.Count);
        var n = 0;
        for (var i = 0; i < bins.Count; i++)
        {
            var bin = bins[i];
            var w = view.IndexOf(bin.Warehouse);
            if (!Eligible(view, w, restriction))
            {
                continue;
            }

            var free = Math.Max(0m, bin.RawFreeQty) - ledger.Used(bin);
            if (free <= 0)
            {
                continue;
            }

            ref var clock = ref ctx.Clock(w);
            if (clock.StockDelivery == Beyond)
            {
                horizon = true;
                continue;
            }

            ref var c = ref s.Candidates[n++];
            c.Warehouse = w;
            c.Priority = view.Warehouses[w].Priority;
            c.Name = view.Warehouses[w].Name;
            c.Free = free;
            c.Available = clock.StockAvailable;
            c.Ship = clock.StockShip;
            c.Delivery = clock.StockDelivery;
            c.Bin = bin;
            c.Po = null;
        }

        if (n == 0)
        {
            return need;
        }

        var candidates = s.Candidates.AsSpan(0, n);
        candidates.Sort(static (a, b) =>
        {
            var c = a.Priority.CompareTo(b.Priority);
            c = c != 0 ? c : a.Ship.CompareTo(b.Ship);
            return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
        });

        // One warehouse that covers the whole line wins over splitting (single-warehouse preference).
        foreach (ref var c in candidates)
        {
            if (c.Free >= need)
            {
                Take(s, ledger, ref c, need, SupplySource.Stock, far: false);
                return 0m;
            }
        }

        foreach (ref var c in candidates)
        {
            var take = Math.Min(c.Free, need);
            Take(s, ledger, ref c, take, SupplySource.Stock, far: false);
            need -= take;
            if (need == 0)
            {
                break;
            }
        }

        return need;
    }

    private static decimal TakePurchaseOrders(
        OrderContext ctx,
        Scratch s,
        SupplyLedger ledger,
        IReadOnlyList<BinRecord> bins,
        IReadOnlyList<PurchaseOrderLine> lines,
        decimal need,
        int restriction,
        ref bool horizon)
    {
        var view = ctx.View;
        s.EnsureCandidates(lines.Count);
        var n = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var w = view.IndexOf(line.Warehouse);
            var outstanding = line.OutstandingStockQty;
            if (outstanding <= 0 || !Eligible(view, w, restriction))
            {
                continue;
            }

            ref var c = ref s.Candidates[n++];
            c.Warehouse = w;
            c.Priority = view.Warehouses[w].Priority;
            c.Name = line.PoName;
            c.Idx = line.Idx;
            c.Free = outstanding;
            c.Arrival = line.ArrivalDate.DayNumber;
            c.Po = line;
            c.Bin = null;
        }

        if (n == 0)
        {
            return need;
        }

        NetDeficits(ctx, s, bins, s.Candidates.AsSpan(0, n));
        var kept = 0;
        for (var i = 0; i < n; i++)
        {
            ref var c = ref s.Candidates[i];
            c.Free -= ledger.Used(c.Po!);
            if (c.Free <= 0)
            {
                continue;
            }

            ctx.Inbound(ref ctx.Clock(c.Warehouse), c.Arrival, ref c);
            if (c.Delivery == Beyond)
            {
                horizon = true;
                continue;
            }

            s.Candidates[kept++] = c;
        }

        var candidates = s.Candidates.AsSpan(0, kept);
        candidates.Sort(static (a, b) =>
        {
            var c = a.Ship.CompareTo(b.Ship);
            c = c != 0 ? c : a.Priority.CompareTo(b.Priority);
            c = c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
            return c != 0 ? c : a.Idx.CompareTo(b.Idx);
        });
        foreach (ref var c in candidates)
        {
            var take = Math.Min(c.Free, need);
            ref var clock = ref ctx.Clock(c.Warehouse);
            Take(s, ledger, ref c, take, SupplySource.PurchaseOrder, far: c.Overdue || c.Arrival > clock.LocalDay + 7);
            need -= take;
            if (need == 0)
            {
                break;
            }
        }

        return need;
    }

    /// <summary>
    /// promise-rules §3: a negative free stock is demand already promised; it consumes the warehouse's own
    /// open PO lines by arrival date, PO name and idx before anything is offered to this line.
    /// </summary>
    private static void NetDeficits(OrderContext ctx, Scratch s, IReadOnlyList<BinRecord> bins, Span<Candidate> candidates)
    {
        var view = ctx.View;
        candidates.Sort(static (a, b) =>
        {
            var c = a.Warehouse.CompareTo(b.Warehouse);
            c = c != 0 ? c : a.Arrival.CompareTo(b.Arrival);
            c = c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
            return c != 0 ? c : a.Idx.CompareTo(b.Idx);
        });
        var current = -1;
        var deficit = 0m;
        var netted = 0m;
        foreach (ref var c in candidates)
        {
            if (c.Warehouse != current)
            {
                Report(s, current, netted);
                current = c.Warehouse;
                deficit = Math.Max(0m, -RawFree(bins, view.Warehouses[current].Name));
                netted = 0m;
            }

            var take = Math.Min(deficit, c.Free);
            c.Free -= take;
            deficit -= take;
            netted += take;
        }

        Report(s, current, netted);
    }

    private static void Report(Scratch s, int warehouse, decimal netted)
    {
        if (warehouse >= 0 && netted > 0 && s.RecordingLine >= 0)
        {
            s.Netting.Add((s.RecordingLine, warehouse, netted));
        }
    }

    private static decimal RawFree(IReadOnlyList<BinRecord> bins, string warehouse)
    {
        for (var i = 0; i < bins.Count; i++)
        {
            if (string.Equals(bins[i].Warehouse, warehouse, StringComparison.OrdinalIgnoreCase))
            {
                return bins[i].RawFreeQty;
            }
        }

        return 0m;
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
        Take(s, null, ref best, need, SupplySource.LeadTime, far: true);
        return 0m;
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
        a.Po = c.Po;
        a.Overdue = source == SupplySource.PurchaseOrder && c.Overdue;
        a.Far = far;
        c.Free -= qty;
        ledger?.Take(source == SupplySource.Stock ? c.Bin! : c.Po!, qty);
    }
}
