using Promise.Core.Facts;
using Promise.Core.Requests;
using Promise.Core.Results;

namespace Promise.Core.Allocation;

/// <summary>Records the structured reasons of an order: one per allocation and one per rule that moved a date.</summary>
internal static class FactRecorder
{
    /// <summary>Builds the allocation's wire record and records its fact (and the warehouse rules that moved its dates).</summary>
    public static Fulfillment RecordAllocation(OrderContext ctx, Scratch s, OrderLine line, ref Alloc a)
    {
        var warehouse = a.Warehouse >= 0 ? ctx.View.Warehouses[a.Warehouse].Name : null;

        var po = a.Po;
        var isPo = a.Source == SupplySource.PurchaseOrder;
        var fulfillment = new Fulfillment(
            a.Source,
            warehouse,
            a.Qty,
            ResultBuilder.Day(a.Available),
            ResultBuilder.Day(a.Ship),
            DateOnly.FromDayNumber(a.Delivery),
            po?.PoName,
            po?.Idx,
            po?.ArrivalDate,
            isPo ? a.Overdue : null);
        // Quantity, warehouse and PO read through to the allocation (PromiseFact keeps allocated facts small).
        s.Reasons.Add(new PromiseFact(FactKind.Allocated) { LineId = line.LineId, ItemCode = line.ItemCode, Allocation = fulfillment });
        if (isPo && a.Overdue)
        {
            s.Reasons.Add(new PromiseFact(FactKind.OverduePurchaseOrder, warehouse, po!.PoName)
            {
                LineId = line.LineId,
                ItemCode = line.ItemCode,
                Date = po.ArrivalDate,
                OtherDate = DateOnly.FromDayNumber(ctx.Clock(a.Warehouse).PickDay),
            });
        }

        // The rules that moved this allocation's dates follow it (as in the contract's example).
        if (a.Warehouse >= 0)
        {
            RecordWarehouse(ctx, s, a.Warehouse, a.Source == SupplySource.Stock);
        }

        return fulfillment;
    }

    /// <summary>Order-level reasons: deficit netting and a carrier holiday list that could not be read.</summary>
    public static void RecordOrderFacts(OrderContext ctx, Scratch s)
    {
        var lines = ctx.Request.Lines;
        foreach (var (lineIndex, w, qty) in s.Netting)
        {
            var line = lines[lineIndex];
            var name = ctx.View.Warehouses[w].Name;
            if (!Has(s, FactKind.DeficitNetted, name, line.ItemCode))
            {
                s.Reasons.Add(new PromiseFact(FactKind.DeficitNetted, name, qty: qty) { LineId = line.LineId, ItemCode = line.ItemCode });
            }
        }

        if (s.AllocCount > 0 && ctx.View.UnavailableCarrierList(ctx.Carrier) is { } list && !Has(s, FactKind.HolidayListUnavailable, list, null))
        {
            s.Reasons.Add(new PromiseFact(FactKind.HolidayListUnavailable, null, name: list));
        }
    }

    private static void RecordWarehouse(OrderContext ctx, Scratch s, int w, bool stock)
    {
        var info = ctx.View.Warehouses[w];
        ref var clock = ref ctx.Clock(w);
        if (clock.CutoffPassed && !Has(s, FactKind.CutoffPassed, info.Name, null))
        {
            s.Reasons.Add(new PromiseFact(FactKind.CutoffPassed, info.Name, time: clock.Cutoff) { Date = DateOnly.FromDayNumber(clock.PickDay) });
        }

        if (info.HolidayListUnavailable && !Has(s, FactKind.HolidayListUnavailable, info.HolidayListName, null))
        {
            s.Reasons.Add(new PromiseFact(FactKind.HolidayListUnavailable, info.Name, name: info.HolidayListName));
        }

        if (stock && clock.StockAvailable != clock.PickDay && !Has(s, FactKind.NonWorkingDay, info.Name, null))
        {
            s.Reasons.Add(new PromiseFact(FactKind.NonWorkingDay, info.Name)
            {
                Date = DateOnly.FromDayNumber(clock.PickDay),
                OtherDate = DateOnly.FromDayNumber(clock.StockAvailable),
            });
        }
    }

    /// <summary>Whether a fact of this kind about this warehouse or list name (and item) is already recorded.</summary>
    private static bool Has(Scratch s, FactKind kind, string? name, string? itemCode)
    {
        foreach (var fact in s.Reasons)
        {
            if (fact.Kind == kind &&
                string.Equals(kind == FactKind.HolidayListUnavailable ? fact.Name : fact.Warehouse, name, StringComparison.OrdinalIgnoreCase) &&
                (itemCode is null || string.Equals(fact.ItemCode, itemCode, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
