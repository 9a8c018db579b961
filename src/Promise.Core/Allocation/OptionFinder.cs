using Promise.Core.Facts;
using Promise.Core.Results;

namespace Promise.Core.Allocation;

/// <summary>Computed suggestions: split_shipment, alternate_warehouse, expedite_po (api-contract <c>options</c>).</summary>
internal static class OptionFinder
{
    public static void Find(OrderContext ctx, Scratch s, OrderSummary sum, bool complete)
    {
        var lines = ctx.Request.Lines;
        var raw = ResultBuilder.Day(sum.Raw);

        // Under one shipment, partial shipping would deliver the first goods sooner (or at all when short).
        if (complete && sum.First >= 0 && (sum.Raw < 0 || sum.First < sum.Raw))
        {
            s.Options.Add(new PromiseOption(OptionType.SplitShipment) { Date = ResultBuilder.Day(sum.First), CurrentDate = raw });
        }

        for (var i = 0; i < lines.Count; i++)
        {
            ref var o = ref s.Lines[i];
            if (o.AlternateWarehouse >= 0)
            {
                s.Options.Add(new PromiseOption(OptionType.AlternateWarehouse)
                {
                    LineId = lines[i].LineId,
                    ItemCode = lines[i].ItemCode,
                    Warehouse = ctx.View.Warehouses[o.AlternateWarehouse].Name,
                    Qty = lines[i].Qty,
                    Date = ResultBuilder.Day(o.AlternateDelivery),
                    CurrentDate = o.Shortage > 0 ? null : ResultBuilder.Day(o.Delivery),
                });
            }
        }

        if (sum.Raw < 0)
        {
            return;
        }

        // A far or overdue PO whose delivery is the order's date decides the promise.
        for (var i = 0; i < lines.Count; i++)
        {
            ref var o = ref s.Lines[i];
            for (var k = o.First; k < o.First + o.Count; k++)
            {
                ref var a = ref s.Allocs[k];
                if (a.Source == SupplySource.PurchaseOrder && a.Far && a.Delivery == sum.Raw && !Listed(s, a.Po!.PoName))
                {
                    s.Options.Add(new PromiseOption(OptionType.ExpeditePo)
                    {
                        LineId = lines[i].LineId,
                        ItemCode = lines[i].ItemCode,
                        Warehouse = ctx.View.Warehouses[a.Warehouse].Name,
                        PoId = a.Po.PoName,
                        Qty = a.Qty,
                        CurrentDate = raw,
                    });
                }
            }
        }
    }

    private static bool Listed(Scratch s, string poName)
    {
        foreach (var option in s.Options)
        {
            if (option.Type == OptionType.ExpeditePo && string.Equals(option.PoId, poName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
