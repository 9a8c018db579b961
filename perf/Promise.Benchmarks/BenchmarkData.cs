using Promise.Core.Requests;
using Promise.Core.Rules;
using Promise.Core.Supply;

namespace Promise.Benchmarks;

/// <summary>Deterministic benchmark inputs: three warehouses in three time zones, a holiday list, POs.</summary>
internal static class BenchmarkData
{
    public static readonly string[] Warehouses = ["Stores - AC", "Berlin - AC", "Newark - AC"];

    public static ServiceRules Rules() => new()
    {
        HolidayList = "AC 2026",
        Warehouses =
        [
            new WarehouseRule("Stores - AC") { Priority = 10 },
            new WarehouseRule("Berlin - AC") { Priority = 20, TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), Cutoff = new TimeOnly(16, 0) },
            new WarehouseRule("Newark - AC") { Priority = 20, TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), ProcessingDays = 1 },
        ],
    };

    /// <summary>A snapshot of <paramref name="items"/> items (SKU-0..), each stocked in every warehouse, every third with a PO.</summary>
    public static SupplySnapshot Snapshot(int items, decimal stockPerBin)
    {
        var itemRecords = new List<ItemRecord>();
        var bins = new List<BinRecord>();
        var pos = new List<PurchaseOrderLine>();
        for (var i = 0; i < items; i++)
        {
            var code = $"SKU-{i}";
            itemRecords.Add(new ItemRecord(code, LeadTimeDays: i % 4 == 0 ? 14 : 0));
            for (var w = 0; w < Warehouses.Length; w++)
            {
                bins.Add(new BinRecord(code, Warehouses[w], stockPerBin * (w + 1), w));
            }

            if (i % 3 == 0)
            {
                pos.Add(new PurchaseOrderLine($"PUR-ORD-{i:D5}", 1, code, Warehouses[i % Warehouses.Length], 50m, 0m, 1m, new DateOnly(2026, 12, 23), null));
            }
        }

        var warehouses = new List<WarehouseRecord> { new("All Warehouses - AC", IsGroup: true, Company: "AC") };
        foreach (var name in Warehouses)
        {
            warehouses.Add(new WarehouseRecord(name, Company: "AC", ParentWarehouse: "All Warehouses - AC"));
        }

        var holidays = new HolidayList("AC 2026", [new Holiday(new DateOnly(2026, 12, 25), false), new Holiday(new DateOnly(2027, 1, 1), false)]);
        return new SupplySnapshot(itemRecords, warehouses, bins, pos, [holidays], new Dictionary<string, string> { ["AC"] = "AC 2026" });
    }

    /// <summary>
    /// The single-order case: 5 lines, 3 warehouses, 3 POs (SKU-0, SKU-3, SKU-6 have one). Lines are a
    /// <see cref="List{T}"/>, as the API builds them (and as <see cref="SessionBenchmarks"/> does): one
    /// concrete type, so that a process running both benchmarks trains the JIT's profile on one type.
    /// </summary>
    public static PromiseRequest FiveLineOrder() => new()
    {
        OrderInstant = new DateTimeOffset(2026, 12, 21, 9, 30, 0, TimeSpan.Zero),
        Lines = new List<OrderLine>
        {
            new("1", "SKU-1", 2m),
            new("2", "SKU-2", 9m),
            new("3", "SKU-3", 30m),
            new("4", "sku-4", 1m, "Berlin - AC"),
            new("5", "SKU-6", 5m),
        },
        DesiredDate = new DateOnly(2026, 12, 30),
    };
}
