namespace ErpNext.Fake.Generation;

/// <summary>
/// Bins for every stocked item in the stores it is kept in plus wherever its POs deliver; <c>ordered_qty</c>
/// is the open stock-UOM quantity of submitted orders that are not Closed or Delivered (ERPNext's rule); every
/// seventh Bin is over-reserved (reserved &gt; actual).
/// </summary>
internal static class BinFactory
{
    public static IReadOnlyList<GeneratedBin> Create(
        CatalogOptions options, IReadOnlyList<GeneratedItem> items, IReadOnlyList<GeneratedOrder> orders, Random random)
    {
        var ordered = OrderedQuantities(orders);
        var uoms = items.ToDictionary(i => i.Code, i => i.StockUom, StringComparer.Ordinal);
        var keys = new List<(string Item, string Warehouse)>();
        var seen = new HashSet<(string, string)>();
        foreach (var item in items.Where(i => i.IsStocked))
        {
            foreach (var warehouse in Warehouses(random))
            {
                if (seen.Add((item.Code, warehouse)))
                {
                    keys.Add((item.Code, warehouse));
                }
            }
        }

        foreach (var key in ordered.Keys.Where(k => seen.Add(k)))
        {
            keys.Add(key);
        }

        var baseTime = options.BaseDate.ToDateTime(new TimeOnly(8, 0));
        var bins = new List<GeneratedBin>(keys.Count);
        foreach (var (item, warehouse) in keys)
        {
            var actual = random.Next(5) == 0 ? 0.0 : random.Next(1, 501);
            var reserved = bins.Count % 7 == 3 ? actual + random.Next(1, 21) : random.Next(3) == 0 ? random.Next(0, (int)actual + 1) : 0.0;
            bins.Add(new GeneratedBin(
                item, warehouse, uoms[item], actual, reserved, ordered.GetValueOrDefault((item, warehouse)),
                IndentedQty: random.Next(10) == 0 ? random.Next(1, 20) : 0,
                PlannedQty: random.Next(12) == 0 ? random.Next(1, 40) : 0,
                ReservedForProduction: random.Next(15) == 0 ? random.Next(1, 10) : 0,
                ReservedForSubContract: random.Next(40) == 0 ? random.Next(1, 5) : 0,
                ReservedForProductionPlan: random.Next(30) == 0 ? random.Next(1, 8) : 0,
                ReservedStock: reserved > 0 && random.Next(4) == 0 ? Math.Floor(reserved / 2) : 0,
                Modified: baseTime.AddMinutes(-random.Next(0, 60 * 24 * 30))));
        }

        return bins;
    }

    private static IEnumerable<string> Warehouses(Random random)
    {
        yield return CatalogNames.Stores;
        if (random.Next(2) == 0)
        {
            yield return CatalogNames.FinishedGoods;
        }

        if (random.Next(10) < 3)
        {
            yield return CatalogNames.North;
        }

        if (random.Next(10) < 3)
        {
            yield return CatalogNames.South;
        }

        if (random.Next(12) == 0)
        {
            yield return CatalogNames.SpecialWarehouses[random.Next(CatalogNames.SpecialWarehouses.Count)];
        }
    }

    private static Dictionary<(string, string), double> OrderedQuantities(IReadOnlyList<GeneratedOrder> orders)
    {
        var ordered = new Dictionary<(string, string), double>();
        foreach (var order in orders.Where(o => o.DocStatus == 1 && o.Status is not ("Closed" or "Delivered")))
        {
            foreach (var line in order.Lines.Where(l => !l.DeliveredBySupplier && l.OpenStockQty > 0))
            {
                ordered[(line.ItemCode, line.Warehouse)] = ordered.GetValueOrDefault((line.ItemCode, line.Warehouse)) + line.OpenStockQty;
            }
        }

        return ordered;
    }
}
