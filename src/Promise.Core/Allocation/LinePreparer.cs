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

        // What does not depend on the order (fulfilling warehouses, free quantities, deficit netting) is
        // worked out per item, snapshot and view, and kept from the item's second use on; the order copies
        // it and takes off what earlier orders of a shared session took.
        var template = ItemEntries.Of(supply!, view, s);
        prepared.StockStart = s.SupplyCount;
        var shared = ledger.Shared;
        foreach (ref readonly var t in template.Stock)
        {
            var free = t.Free;
            if (shared && !ledger.FreeLeft(t.Slot, t.Record, t.Free, out free))
            {
                continue;
            }

            ref var e = ref s.AddSupply();
            e = t;
            e.Free = free;
        }

        prepared.StockCount = s.SupplyCount - prepared.StockStart;
        prepared.PoStart = s.SupplyCount;
        foreach (ref readonly var t in template.PurchaseOrders)
        {
            ref var e = ref s.AddSupply();
            e = t;
            if (shared)
            {
                // A PO line stays listed when nothing is left: the candidate step skips it.
                ledger.FreeLeft(t.Slot, t.Record, t.Free, out e.Free);
            }
        }

        prepared.PoCount = s.SupplyCount - prepared.PoStart;
        return prepared;
    }

    /// <summary>
    /// An item's supply entries as every order sees them before a session's consumption: Bins with free
    /// stock in fulfillment warehouses (in snapshot order), then open PO lines there after deficit netting
    /// (in netting order). The first use of an item in a snapshot builds them in a per-thread buffer; the
    /// second keeps them on the snapshot's <see cref="ItemSupply"/> for the view that built them (a snapshot
    /// quoted once, or a bulk window's item ordered once, allocates nothing). Immutable once published, so
    /// concurrent quotes of one snapshot share them (a race builds them twice).
    /// </summary>
    internal sealed class ItemEntries
    {
        private readonly SupplyEntry[] _entries;
        private readonly int _stockCount;

        private ItemEntries(SnapshotView view, SupplyEntry[] entries, int stockCount)
        {
            View = view;
            _entries = entries;
            _stockCount = stockCount;
        }

        public SnapshotView View { get; }

        /// <summary>The item's entries for <paramref name="view"/>: kept ones, or built in the thread's buffer.</summary>
        public static Template Of(ItemSupply supply, SnapshotView view, Scratch s)
        {
            var kept = Volatile.Read(ref supply.Entries);
            if (kept is not null && ReferenceEquals(kept.View, view))
            {
                return new Template(kept._entries, kept._stockCount);
            }

            var size = (supply.Bins?.Count ?? 0) + (supply.Lines?.Count ?? 0);
            if (s.ItemBuffer.Length < size)
            {
                s.ItemBuffer = new SupplyEntry[Math.Max(size, s.ItemBuffer.Length * 2)];
            }

            var (count, stockCount) = Fill(supply, view, s.ItemBuffer);
            if (!ReferenceEquals(Volatile.Read(ref supply.SeenBy), view))
            {
                Volatile.Write(ref supply.SeenBy, view);
                return new Template(s.ItemBuffer.AsSpan(0, count), stockCount);
            }

            kept = new ItemEntries(view, s.ItemBuffer.AsSpan(0, count).ToArray(), stockCount);
            Volatile.Write(ref supply.Entries, kept);
            return new Template(kept._entries, stockCount);
        }

        /// <summary>Writes the item's entries into <paramref name="into"/> (room for every Bin and PO line).</summary>
        private static (int Count, int StockCount) Fill(ItemSupply supply, SnapshotView view, Span<SupplyEntry> into)
        {
            // The snapshot's lists are never changed after it is built: read them as spans.
            var bins = CollectionsMarshal.AsSpan(supply.Bins);
            var lines = CollectionsMarshal.AsSpan(supply.Lines);
            var n = 0;
            for (var i = 0; i < bins.Length; i++)
            {
                var bin = bins[i];
                var w = Fulfills(view, bin.Warehouse);
                if (w >= 0 && RawFree(bin) > 0)
                {
                    into[n++] = new SupplyEntry
                    {
                        Warehouse = w,
                        Priority = view.Warehouses[w].Priority,
                        Free = RawFree(bin),
                        Record = bin,
                        Slot = supply.SlotBase + i,
                    };
                }
            }

            var stockCount = n;
            for (var i = 0; i < lines.Length; i++)
            {
                var po = lines[i];
                var w = Fulfills(view, po.Warehouse);
                if (w >= 0 && po.OutstandingStockQty > 0)
                {
                    into[n++] = new SupplyEntry
                    {
                        Warehouse = w,
                        Priority = view.Warehouses[w].Priority,
                        Name = po.PoName,
                        Idx = po.Idx,
                        Free = po.OutstandingStockQty,
                        Arrival = po.ArrivalDate.DayNumber,
                        Record = po,
                        Slot = supply.SlotBase + bins.Length + i,
                    };
                }
            }

            if (n > stockCount)
            {
                NetDeficits(view, bins, into[stockCount..n]);
            }

            return (n, stockCount);
        }

        /// <summary>The view index of a record's warehouse when it is a fulfillment warehouse, else -1.</summary>
        private static int Fulfills(SnapshotView view, string warehouse)
        {
            var w = view.IndexOfRecordName(warehouse);
            return w >= 0 && view.Warehouses[w].Fulfills ? w : -1;
        }
    }

    /// <summary>An item's entries for one order: the Bins' entries, then the PO lines'.</summary>
    internal readonly ref struct Template(ReadOnlySpan<SupplyEntry> entries, int stockCount)
    {
        public ReadOnlySpan<SupplyEntry> Stock { get; } = entries[..stockCount];

        public ReadOnlySpan<SupplyEntry> PurchaseOrders { get; } = entries[stockCount..];
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
