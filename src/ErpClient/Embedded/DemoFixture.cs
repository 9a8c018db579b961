using System.Globalization;
using System.Text.Json.Nodes;

namespace Promise.ErpClient.Embedded;

/// <summary>
/// Built-in demo data in the fixture format: deterministic for a given "today" (dates are relative to it).
/// Item codes SKU-001..SKU-050 are stable; src/ErpClient/README.md lists what each one shows.
/// </summary>
internal static class DemoFixture
{
    public const string Company = "Promise Demo";
    public const string HolidayListName = "Promise Demo Holidays";
    public const string Stores = "Stores - PD";
    public const string FinishedGoods = "Finished Goods - PD";
    public const string EastHub = "East Hub - PD";
    public const string Transit = "Goods In Transit - PD";
    public const string WorkInProgress = "Work In Progress - PD";

    public static string Build(DateOnly today)
    {
        var root = new JsonObject
        {
            ["Company"] = new JsonArray(new JsonObject { ["name"] = Company, ["default_holiday_list"] = HolidayListName }),
            ["Warehouse"] = Warehouses(),
            ["Item"] = Items(today),
            ["Bin"] = Bins(),
            ["Purchase Order"] = PurchaseOrders(today),
            ["Holiday List"] = new JsonArray(HolidayList(today)),
        };
        return root.ToJsonString();
    }

    private static JsonArray Warehouses()
    {
        static JsonObject W(string name, int group, string? parent, string? type = null, int rejected = 0) => new()
        {
            ["name"] = name, ["is_group"] = group, ["disabled"] = 0, ["warehouse_type"] = type,
            ["is_rejected_warehouse"] = rejected, ["company"] = Company, ["parent_warehouse"] = parent,
        };

        const string root = "All Warehouses - PD";
        const string regional = "Regional - PD";
        return
        [
            W(root, 1, null), W(Stores, 0, root), W(FinishedGoods, 0, root), W(regional, 1, root),
            W(EastHub, 0, regional), W(WorkInProgress, 0, root), W(Transit, 0, root, "Transit"),
            W("Rejected - PD", 0, root, rejected: 1),
        ];
    }

    private static string Sku(int n) => "SKU-" + n.ToString("000", CultureInfo.InvariantCulture);

    private static JsonArray Items(DateOnly today)
    {
        var items = new JsonArray();
        for (var n = 1; n <= 50; n++)
        {
            var lead = n switch { >= 39 and <= 44 => 7 + ((n - 39) * 3), 46 => 5, 49 => 10, _ => 0 };
            items.Add(new JsonObject
            {
                ["item_code"] = Sku(n),
                ["item_name"] = "Demo item " + n.ToString(CultureInfo.InvariantCulture),
                ["disabled"] = n == 47 ? 1 : 0,
                ["is_stock_item"] = n == 45 ? 0 : 1,
                ["end_of_life"] = n == 48 ? Iso(today.AddDays(-30)) : "2099-12-31",
                ["lead_time_days"] = lead,
                ["delivered_by_supplier"] = n == 46 ? 1 : 0,
                ["stock_uom"] = "Nos",
            });
        }

        return items;
    }

    private static JsonArray Bins()
    {
        var bins = new JsonArray();
        void Bin(int n, string warehouse, int actual, int reserved = 0) => bins.Add(new JsonObject
        {
            ["item_code"] = Sku(n), ["warehouse"] = warehouse, ["actual_qty"] = actual, ["reserved_qty"] = reserved,
            ["reserved_qty_for_production"] = 0, ["reserved_qty_for_sub_contract"] = 0, ["reserved_qty_for_production_plan"] = 0,
        });

        for (var n = 1; n <= 20; n++)
        {
            // Deterministic spread: every item in Stores, every second one also in Finished Goods, every third in East Hub.
            Bin(n, Stores, 10 + (n * 7 % 40), n % 4 == 0 ? 5 : 0);
            if (n % 2 == 0)
            {
                Bin(n, FinishedGoods, 5 + (n * 3 % 17));
            }

            if (n % 3 == 0)
            {
                Bin(n, EastHub, 20 + n);
            }
        }

        for (var n = 21; n <= 30; n++)
        {
            Bin(n, n % 2 == 0 ? Stores : FinishedGoods, 2 + (n % 5));
        }

        Bin(49, Transit, 40);
        Bin(49, WorkInProgress, 15);
        Bin(50, Stores, 4, 10);
        return bins;
    }

    private static JsonArray PurchaseOrders(DateOnly today)
    {
        var orders = new JsonArray();
        var number = 0;
        void Po(string status, int docStatus, string supplier, params JsonObject[] lines)
        {
            number++;
            var idx = 0;
            foreach (var line in lines)
            {
                line["idx"] = ++idx;
            }

            orders.Add(new JsonObject
            {
                ["name"] = "PUR-ORD-DEMO-" + number.ToString("0000", CultureInfo.InvariantCulture),
                ["supplier"] = supplier, ["company"] = Company, ["status"] = status, ["docstatus"] = docStatus,
                ["schedule_date"] = lines.Length > 0 ? lines[0]["schedule_date"]?.DeepClone() : null,
                ["items"] = new JsonArray(lines),
            });
        }

        JsonObject Line(int n, string warehouse, int qty, int inDays, int received = 0, int factor = 1, int? expectedInDays = null, int dropShip = 0) => new()
        {
            ["item_code"] = Sku(n), ["warehouse"] = warehouse, ["qty"] = qty, ["received_qty"] = received,
            ["conversion_factor"] = factor, ["stock_qty"] = qty * factor, ["schedule_date"] = Iso(today.AddDays(inDays)),
            ["expected_delivery_date"] = expectedInDays is { } e ? Iso(today.AddDays(e)) : null,
            ["delivered_by_supplier"] = dropShip,
        };

        for (var n = 21; n <= 38; n++)
        {
            Po("To Receive and Bill", 1, "Widget Supplies Ltd", Line(n, n % 2 == 0 ? Stores : FinishedGoods, 10 + n, 3 + (n % 11)));
        }

        // Purchase UOM = box of 12, partly received: (5 - 2) * 12 = 36 open in stock UOM.
        Po("To Receive", 1, "Box Traders", Line(31, Stores, 5, 9, received: 2, factor: 12, expectedInDays: 12));
        Po("To Receive and Bill", 1, "Late Freight Co", Line(32, EastHub, 8, -4));
        Po("On Hold", 1, "Widget Supplies Ltd", Line(1, Stores, 100, 5));
        Po("Closed", 1, "Widget Supplies Ltd", Line(2, Stores, 100, 5));
        Po("Completed", 1, "Widget Supplies Ltd", Line(3, Stores, 100, 5));
        Po("Draft", 0, "Widget Supplies Ltd", Line(4, Stores, 100, 5));
        Po("Cancelled", 2, "Widget Supplies Ltd", Line(5, Stores, 100, 5));
        Po("To Receive and Bill", 1, "Widget Supplies Ltd", Line(6, Stores, 50, 6, received: 50), Line(6, Stores, 25, 8, dropShip: 1), Line(50, Stores, 30, 6));
        return orders;
    }

    private static JsonObject HolidayList(DateOnly today)
    {
        var from = new DateOnly(today.Year, 1, 1);
        var to = new DateOnly(today.Year + 1, 12, 31);
        var rows = new JsonArray();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var fixedHoliday = (d.Month, d.Day) switch { (1, 1) => "New Year's Day", (12, 25) => "Christmas Day", (12, 26) => "Boxing Day", _ => null };
            var weekend = d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (fixedHoliday is not null || weekend)
            {
                rows.Add(new JsonObject { ["holiday_date"] = Iso(d), ["weekly_off"] = fixedHoliday is null ? 1 : 0, ["description"] = fixedHoliday ?? d.DayOfWeek.ToString() });
            }
        }

        return new JsonObject { ["name"] = HolidayListName, ["from_date"] = Iso(from), ["to_date"] = Iso(to), ["holidays"] = rows };
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
