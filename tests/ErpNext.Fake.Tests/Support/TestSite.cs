using System.Globalization;
using System.Text.Json.Nodes;

namespace ErpNext.Fake.Tests.Support;

/// <summary>
/// The site the contract tests read: 30 items with one Bin each in Stores - AC (so the default page of 20 is
/// visibly short), a transit Bin, purchase orders in several statuses (PUR-ORD-2025-00012 is erpnext-api.md's
/// example row) and a holiday list.
/// </summary>
public static class TestSite
{
    public const int StoreBins = 30;
    public const int AllBins = StoreBins + 1;

    public static string FixtureJson { get; } = Build().ToJsonString();

    private static JsonObject Build()
    {
        var items = new JsonArray();
        var bins = new JsonArray();
        for (var i = 1; i <= StoreBins; i++)
        {
            var code = Sku(i);
            var item = new JsonObject { ["item_code"] = code, ["item_name"] = $"Widget {i}", ["stock_uom"] = "Nos", ["lead_time_days"] = i, ["disabled"] = i == 30 ? 1 : 0 };
            if (i != 2)
            {
                // SKU-002 leaves is_stock_item and end_of_life to Frappe's defaults.
                item["is_stock_item"] = 1;
                item["end_of_life"] = i == 3 ? "2025-01-31" : "2099-12-31";
            }

            items.Add(item);
            var bin = new JsonObject
            {
                ["item_code"] = code, ["warehouse"] = "Stores - AC", ["stock_uom"] = "Nos",
                ["actual_qty"] = (double)i, ["ordered_qty"] = i % 4 == 0 ? 10.0 : 0.0,
                ["modified"] = $"2026-11-{1 + (i % 20):D2} 10:00:{i:D2}",
            };
            if (i != 1)
            {
                // SKU-001's Bin omits reserved_qty and friends: Frappe stores 0.
                bin["reserved_qty"] = (double)(i % 3);
                bin["projected_qty"] = (double)(i - (i % 3)) + (i % 4 == 0 ? 10.0 : 0.0);
            }

            bins.Add(bin);
        }

        bins.Add(new JsonObject { ["item_code"] = "SKU-001", ["warehouse"] = "Goods In Transit - AC", ["actual_qty"] = 7.5 });
        return new JsonObject
        {
            ["Company"] = new JsonArray(new JsonObject { ["name"] = "Acme Corp", ["abbr"] = "AC", ["default_holiday_list"] = "AC 2026" }),
            ["Warehouse"] = new JsonArray(
                Warehouse("All Warehouses - AC", null, isGroup: 1),
                Warehouse("Stores - AC", "All Warehouses - AC"),
                Warehouse("Goods In Transit - AC", "All Warehouses - AC", type: "Transit"),
                Warehouse("Rejected - AC", "All Warehouses - AC", rejected: 1)),
            ["Item"] = items,
            ["Bin"] = bins,
            ["Purchase Order"] = new JsonArray(
                Order("PUR-ORD-2025-00012", "To Receive and Bill", 1,
                    Line("SKU-001", 10, 4, 12, "2025-03-10", "2025-03-12", name: "b6c1f0a2d9"),
                    Line("SKU-002", 5, 0, 1, "2025-03-11", null)),
                Order("PUR-ORD-2025-00013", "Closed", 1, Line("SKU-001", 8, 2, 1, "2025-03-20", null)),
                Order("PUR-ORD-2025-00014", "To Receive", 1,
                    Line("SKU-003", 2, 0, 6, "2025-04-01", "2025-04-03", dropShip: 1),
                    Line("SKU-001", 3, 0, 1, "2025-04-02", null)),
                Order("PUR-ORD-2025-00015", "Draft", 0, Line("SKU-002", 1, 0, 1, "2025-05-01", null)),
                Order("PUR-ORD-2025-00016", "On Hold", 1, Line("SKU-002", 6, 0, 1, "2025-05-02", null)),
                Order("PUR-ORD-2025-00017", "Completed", 1)),
            ["Holiday List"] = new JsonArray(new JsonObject
            {
                ["name"] = "AC 2026", ["from_date"] = "2026-01-01", ["to_date"] = "2026-12-31",
                ["holidays"] = new JsonArray(
                    Holiday("2026-12-25", 0, "Christmas Day"),
                    Holiday("2026-12-26", 1, "Saturday"),
                    Holiday("2026-12-27", 1, null)),
            }),
        };
    }

    public static string Sku(int i) => "SKU-" + i.ToString("D3", CultureInfo.InvariantCulture);

    private static JsonObject Warehouse(string name, string? parent, int isGroup = 0, string? type = null, int rejected = 0) => new()
    {
        ["name"] = name, ["is_group"] = isGroup, ["disabled"] = 0, ["warehouse_type"] = type, ["company"] = "Acme Corp",
        ["parent_warehouse"] = parent, ["is_rejected_warehouse"] = rejected,
    };

    private static JsonObject Order(string name, string status, int docstatus, params JsonObject[] lines) => new()
    {
        ["name"] = name, ["supplier"] = "Widget Supplies Ltd", ["company"] = "Acme Corp", ["status"] = status,
        ["docstatus"] = docstatus, ["schedule_date"] = lines.Length > 0 ? lines[0]["schedule_date"]!.DeepClone() : "2025-06-01",
        ["items"] = new JsonArray(lines),
    };

    private static JsonObject Line(string item, double qty, double received, double factor, string schedule, string? expected, int dropShip = 0, string? name = null)
    {
        var line = new JsonObject
        {
            ["item_code"] = item, ["warehouse"] = "Stores - AC", ["qty"] = qty, ["received_qty"] = received,
            ["conversion_factor"] = factor, ["stock_qty"] = qty * factor, ["schedule_date"] = schedule,
            ["expected_delivery_date"] = expected, ["delivered_by_supplier"] = dropShip,
        };
        if (name is not null)
        {
            line["name"] = name;
        }

        return line;
    }

    private static JsonObject Holiday(string date, int weeklyOff, string? description) => new()
    {
        ["holiday_date"] = date, ["weekly_off"] = weeklyOff, ["description"] = description,
    };
}
