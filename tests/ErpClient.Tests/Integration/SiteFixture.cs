using System.Text.Json.Nodes;

namespace Promise.ErpClient.Tests.Integration;

/// <summary>
/// The site the integration tests run against (fixture format of api-contract.md): SKU-1 has 25 Bins (more
/// than ERPNext's default page of 20), SKU-2 has one open line in a purchase UOM (10 boxes of 12, 4 received)
/// next to lines that must never count (On Hold, Closed, Completed, Delivered, draft, cancelled, drop-ship,
/// fully received), and SKU-3..SKU-60 have one Bin and one open PO line each.
/// </summary>
public static class SiteFixture
{
    public static string Json()
    {
        var bins = new JsonArray();
        for (var w = 1; w <= 25; w++)
        {
            bins.Add(Bin("SKU-1", $"Bay {w:00} - AC", w));
        }

        for (var n = 2; n <= 60; n++)
        {
            bins.Add(Bin($"SKU-{n}", "Stores - AC", 10 + n));
        }

        var orders = new JsonArray
        {
            Po("PO-OPEN", "To Receive and Bill", 1, Line("SKU-2", 10, 4, 12), Line("SKU-2", 5, 5, 1), Line("SKU-2", 7, 0, 1, dropShip: 1)),
            Po("PO-HOLD", "On Hold", 1, Line("SKU-2", 100, 0, 1)),
            Po("PO-CLOSED", "Closed", 1, Line("SKU-2", 100, 0, 1)),
            Po("PO-DONE", "Completed", 1, Line("SKU-2", 100, 0, 1)),
            Po("PO-DELIVERED", "Delivered", 1, Line("SKU-2", 100, 0, 1)),
            Po("PO-DRAFT", "Draft", 0, Line("SKU-2", 100, 0, 1)),
            Po("PO-CANCELLED", "Cancelled", 2, Line("SKU-2", 100, 0, 1)),
            Po("PO-OTHER-CO", "To Receive", 1, "BC", Line("SKU-2", 100, 0, 1)),
        };
        for (var n = 3; n <= 60; n++)
        {
            orders.Add(Po($"PO-{n:0000}", "To Receive", 1, Line($"SKU-{n}", 20, 0, 1)));
        }

        return new JsonObject
        {
            ["Company"] = new JsonArray(new JsonObject { ["name"] = "AC", ["default_holiday_list"] = "AC 2026" }, new JsonObject { ["name"] = "BC" }),
            ["Warehouse"] = new JsonArray(
                Warehouse("All Warehouses - AC", 1, null, "AC"),
                Warehouse("Stores - AC", 0, "All Warehouses - AC", "AC"),
                Warehouse("Goods In Transit - AC", 0, "All Warehouses - AC", "AC", "Transit"),
                Warehouse("Stores - BC", 0, null, "BC")),
            ["Item"] = new JsonArray([.. Enumerable.Range(1, 60).Select(n => (JsonNode)new JsonObject
            {
                ["item_code"] = $"SKU-{n}", ["disabled"] = 0, ["is_stock_item"] = 1, ["end_of_life"] = "2099-12-31",
                ["lead_time_days"] = 3, ["delivered_by_supplier"] = 0, ["stock_uom"] = "Nos",
            })]),
            ["Bin"] = bins,
            ["Purchase Order"] = orders,
            ["Holiday List"] = new JsonArray(new JsonObject
            {
                ["name"] = "AC 2026", ["from_date"] = "2026-01-01", ["to_date"] = "2026-12-31",
                ["holidays"] = new JsonArray(new JsonObject { ["holiday_date"] = "2026-12-25", ["weekly_off"] = 0, ["description"] = "Christmas Day" }),
            }),
        }.ToJsonString();
    }

    private static JsonObject Bin(string item, string warehouse, int actual) => new()
    {
        ["item_code"] = item, ["warehouse"] = warehouse, ["actual_qty"] = actual, ["reserved_qty"] = 1.0, ["reserved_qty_for_production"] = 0.0,
        ["reserved_qty_for_sub_contract"] = 0.0, ["reserved_qty_for_production_plan"] = 0.5, ["ordered_qty"] = 0.0, ["projected_qty"] = actual - 1.5,
    };

    private static JsonObject Warehouse(string name, int group, string? parent, string company, string? type = null) => new()
    {
        ["name"] = name, ["is_group"] = group, ["disabled"] = 0, ["warehouse_type"] = type, ["company"] = company, ["parent_warehouse"] = parent, ["is_rejected_warehouse"] = 0,
    };

    private static JsonObject Po(string name, string status, int docStatus, params JsonObject[] lines) => Po(name, status, docStatus, "AC", lines);

    private static JsonObject Po(string name, string status, int docStatus, string company, params JsonObject[] lines) => new()
    {
        ["name"] = name, ["supplier"] = "Widget Supplies Ltd", ["company"] = company, ["status"] = status, ["docstatus"] = docStatus,
        ["schedule_date"] = "2026-12-28", ["items"] = new JsonArray(lines),
    };

    private static JsonObject Line(string item, int qty, int received, int factor, int dropShip = 0) => new()
    {
        ["item_code"] = item, ["warehouse"] = "Stores - AC", ["qty"] = qty, ["received_qty"] = received, ["conversion_factor"] = factor,
        ["stock_qty"] = qty * factor, ["schedule_date"] = "2026-12-28", ["expected_delivery_date"] = item == "SKU-2" ? "2026-12-30" : null,
        ["delivered_by_supplier"] = dropShip,
    };
}
