namespace ErpNext.Fake.Generation;

/// <summary>Purchase orders cycling through every status, with 1, 6 and 12 conversion factors, partial receipts and drop-ship lines.</summary>
internal static class OrderFactory
{
    private static readonly (string Status, int DocStatus)[] Statuses =
    [
        ("To Receive and Bill", 1), ("To Receive and Bill", 1), ("To Receive and Bill", 1), ("To Receive", 1),
        ("On Hold", 1), ("Closed", 1), ("Completed", 1), ("Delivered", 1), ("To Bill", 1), ("Draft", 0), ("Cancelled", 2),
    ];

    private static readonly (string Uom, double Factor)[] Uoms = [("Nos", 1), ("Box", 6), ("Dozen", 12)];

    public static IReadOnlyList<GeneratedOrder> Create(CatalogOptions options, IReadOnlyList<GeneratedItem> items, Random random)
    {
        var stocked = items.Where(i => i.IsStocked).ToList();
        var count = Math.Max(Statuses.Length + 1, options.Items / 2);
        var orders = new List<GeneratedOrder>(count);
        var lineCounter = 0L;
        for (var n = 1; n <= count; n++)
        {
            var (status, docStatus) = Statuses[(n - 1) % Statuses.Length];
            var schedule = options.BaseDate.AddDays(random.Next(-15, 91));
            var lineCount = random.Next(1, 5);
            var lines = new List<GeneratedOrderLine>(lineCount);
            for (var l = 0; l < lineCount && stocked.Count > 0; l++)
            {
                var item = stocked[random.Next(stocked.Count)];
                var (uom, factor) = item.StockUom == "Nos" ? Uoms[(int)(lineCounter % Uoms.Length)] : (item.StockUom, 1.0);
                var qty = (double)random.Next(1, 51);
                var lineSchedule = schedule.AddDays(random.Next(0, 8));
                lines.Add(new GeneratedOrderLine(
                    Name: HashName(++lineCounter),
                    ItemCode: item.Code,
                    Warehouse: CatalogNames.StockWarehouses[random.Next(CatalogNames.StockWarehouses.Count)],
                    Qty: qty,
                    ReceivedQty: Received(status, qty, random),
                    Uom: uom,
                    StockUom: item.StockUom,
                    ConversionFactor: factor,
                    ScheduleDate: lineSchedule,
                    ExpectedDeliveryDate: random.Next(2) == 0 ? null : lineSchedule.AddDays(random.Next(-3, 11)),
                    DeliveredBySupplier: item.DeliveredBySupplier || status == "Delivered" || random.Next(25) == 0));
            }

            orders.Add(new GeneratedOrder(
                $"PUR-ORD-{options.BaseDate.Year}-{n:D5}", CatalogNames.Suppliers[random.Next(CatalogNames.Suppliers.Count)],
                status, docStatus, schedule.AddDays(-30), schedule, lines));
        }

        return orders;
    }

    /// <summary>Open orders are partially received about a third of the time; finished ones fully; drafts and cancelled not at all.</summary>
    private static double Received(string status, double qty, Random random) => status switch
    {
        "To Receive and Bill" or "To Receive" or "On Hold" => qty > 1 && random.Next(3) == 0 ? random.Next(1, (int)qty) : 0,
        "Closed" => Math.Floor(qty / 2),
        "Completed" or "To Bill" or "Delivered" => qty,
        _ => 0,
    };

    /// <summary>Frappe-style 10-hex-digit row names; an odd multiplier mod 2^40 keeps them unique.</summary>
    private static string HashName(long counter) => unchecked((counter * 0x9E3779B97L) & 0xFF_FFFF_FFFFL).ToString("x10", System.Globalization.CultureInfo.InvariantCulture);
}
