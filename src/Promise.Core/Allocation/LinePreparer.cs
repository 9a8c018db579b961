using System.Runtime.InteropServices;
using Promise.Core.Results;
using Promise.Core.Supply;

namespace Promise.Core.Allocation;

/// <summary>Prepares a line once per order (promise-rules §5 checks that do not depend on time, §3 free supply and netting).</summary>
internal static class LinePreparer
{
    public static PreparedLine Prepare(OrderContext ctx, Scratch s, SupplyLedger ledger, Requests.OrderLine line)
    {
        var view = ctx.View;
        var supply = ctx.Snapshot.SupplyOf(line.ItemCode);
        var item = supply?.Item;
        var prepared = new PreparedLine { Item = item, Restriction = -1 };
        if (item is null)
        {
            prepared.Blocked = ShortReason.UnknownItem;
            return prepared;
        }

        if (item.Disabled)
        {
            prepared.Blocked = ShortReason.ItemDisabled;
            return prepared;
        }

        // End of life depends on the order date: checked when allocating. The rest of §5's order follows.
        if (!item.IsStockItem)
        {
            prepared.NotApplicable = true;
            return prepared;
        }

        if (item.DeliveredBySupplier)
        {
            prepared.DropShip = true;
            return prepared;
        }

        if (line.Warehouse is not null)
        {
            var r = view.IndexOf(line.Warehouse);
            var info = r < 0 ? null : view.Warehouses[r];
            prepared.Restriction = r;
            if (info is null || (info.IsGroup ? !info.HasFulfillingDescendant : !info.Fulfills))
            {
                prepared.Blocked = ShortReason.InvalidWarehouse;
                return prepared;
            }
        }

        // The snapshot's lists are never changed after it is built: read them as spans (no interface calls).
        var bins = CollectionsMarshal.AsSpan(supply!.Bins);
        prepared.StockStart = s.SupplyCount;
        for (var i = 0; i < bins.Length; i++)
        {
            var bin = bins[i];
            var w = view.IndexOfRecordName(bin.Warehouse);
            if (w < 0 || !view.Warehouses[w].Fulfills)
            {
                continue;
            }

            var free = RawFree(bin);
            if (ledger.Shared && free > 0 && ledger.Committed(supply.SlotBase + i, bin) is var committed && committed != 0m)
            {
                free -= committed;
            }

            if (free > 0)
            {
                ref var e = ref s.AddSupply();
                e.Warehouse = w;
                e.Priority = view.Warehouses[w].Priority;
                e.Free = free;
                e.Record = bin;
                e.Slot = supply.SlotBase + i;
            }
        }

        prepared.StockCount = s.SupplyCount - prepared.StockStart;
        prepared.PoStart = s.SupplyCount;
        var lines = CollectionsMarshal.AsSpan(supply.Lines);
        for (var i = 0; i < lines.Length; i++)
        {
            var po = lines[i];
            var w = view.IndexOfRecordName(po.Warehouse);
            var outstanding = po.OutstandingStockQty;
            if (w >= 0 && view.Warehouses[w].Fulfills && outstanding > 0)
            {
                ref var e = ref s.AddSupply();
                e.Warehouse = w;
                e.Priority = view.Warehouses[w].Priority;
                e.Name = po.PoName;
                e.Idx = po.Idx;
                e.Free = outstanding;
                e.Arrival = po.ArrivalDate.DayNumber;
                e.Record = po;
                e.Slot = supply.SlotBase + bins.Length + i;
            }
        }

        prepared.PoCount = s.SupplyCount - prepared.PoStart;
        if (prepared.PoCount > 0)
        {
            NetDeficits(view, bins, s.Supplies.AsSpan(prepared.PoStart, prepared.PoCount));
            foreach (ref var e in s.Supplies.AsSpan(prepared.PoStart, prepared.PoCount))
            {
                if (ledger.Shared && ledger.Committed(e.Slot, e.Record) is var committed && committed != 0m)
                {
                    e.Free -= committed;
                }
            }
        }

        return prepared;
    }

    /// <summary>
    /// promise-rules §3: a negative free stock is demand already promised; it consumes the warehouse's own
    /// open PO lines by arrival date, PO name and idx before anything is offered to new requests.
    /// </summary>
    private static void NetDeficits(SnapshotView view, ReadOnlySpan<BinRecord> bins, Span<SupplyEntry> entries)
    {
        entries.Sort(static (a, b) =>
        {
            var c = a.Warehouse.CompareTo(b.Warehouse);
            c = c != 0 ? c : a.Arrival.CompareTo(b.Arrival);
            c = c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
            return c != 0 ? c : a.Idx.CompareTo(b.Idx);
        });
        var start = 0;
        while (start < entries.Length)
        {
            var w = entries[start].Warehouse;
            var end = start;
            var deficit = Math.Max(0m, -RawFree(bins, view.Warehouses[w].Name));
            var netted = 0m;
            for (; end < entries.Length && entries[end].Warehouse == w; end++)
            {
                if (deficit == 0m)
                {
                    // Nothing (left) to net: no decimal arithmetic on the usual path.
                    continue;
                }

                var take = Math.Min(deficit, entries[end].Free);
                entries[end].Free -= take;
                deficit -= take;
                netted += take;
            }

            for (var i = start; i < end; i++)
            {
                entries[i].WarehouseNetted = netted;
            }

            start = end;
        }
    }

    private static decimal RawFree(ReadOnlySpan<BinRecord> bins, string warehouse)
    {
        for (var i = 0; i < bins.Length; i++)
        {
            if (string.Equals(bins[i].Warehouse, warehouse, StringComparison.OrdinalIgnoreCase))
            {
                return RawFree(bins[i]);
            }
        }

        return 0m;
    }

    /// <summary><see cref="BinRecord.RawFreeQty"/>: computed when the record is built, not per order.</summary>
    private static decimal RawFree(BinRecord bin) => bin.RawFreeQty;
}
