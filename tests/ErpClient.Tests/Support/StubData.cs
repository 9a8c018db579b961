using System.Text.Json.Nodes;

namespace Promise.ErpClient.Tests.Support;

/// <summary>Standard site data for <see cref="StubErpHandler"/>: one company, warehouses, a holiday list, items, Bins and PO rows.</summary>
public static class StubData
{
    public static StubErpHandler Seed(this StubErpHandler stub, int binCount = 3)
    {
        stub.Rows["Company"] = [new JsonObject { ["name"] = "AC", ["default_holiday_list"] = "AC 2026" }];
        stub.Rows["Warehouse"] =
        [
            new JsonObject { ["name"] = "All Warehouses - AC", ["is_group"] = 1, ["disabled"] = 0, ["company"] = "AC", ["is_rejected_warehouse"] = 0 },
            new JsonObject { ["name"] = "Stores - AC", ["is_group"] = 0, ["disabled"] = 0, ["company"] = "AC", ["parent_warehouse"] = "All Warehouses - AC", ["is_rejected_warehouse"] = 0 },
        ];
        stub.Documents["Holiday List/AC 2026"] = new JsonObject
        {
            ["name"] = "AC 2026",
            ["holidays"] = new JsonArray(new JsonObject { ["holiday_date"] = "2026-12-25", ["weekly_off"] = 0, ["description"] = "Christmas" }),
        };
        stub.Rows["Item"] = [.. Enumerable.Range(1, 300).Select(n => new JsonObject
        {
            ["name"] = $"SKU-{n}", ["disabled"] = 0, ["is_stock_item"] = 1, ["end_of_life"] = "2099-12-31", ["lead_time_days"] = 5, ["delivered_by_supplier"] = 0,
        })];
        stub.Rows["Bin"] = [.. Enumerable.Range(1, 300).SelectMany(n => Enumerable.Range(1, n == 1 ? binCount : 1).Select(w => new JsonObject
        {
            ["item_code"] = $"SKU-{n}", ["warehouse"] = $"WH-{w:00} - AC", ["actual_qty"] = 10.0, ["reserved_qty"] = 1.0,
            ["reserved_qty_for_production"] = 0.0, ["reserved_qty_for_sub_contract"] = 0.0, ["reserved_qty_for_production_plan"] = 0.5,
        }))];
        stub.Rows["Purchase Order"] = [.. Enumerable.Range(1, 300).Select(n => new JsonObject
        {
            ["name"] = $"PO-{n:0000}", ["status"] = "To Receive and Bill", ["docstatus"] = 1, ["company"] = "AC", ["po_item"] = $"row-{n}", ["po_item_idx"] = 1,
            ["item_code"] = $"SKU-{n}", ["warehouse"] = "Stores - AC", ["qty"] = 10.0, ["received_qty"] = 4.0, ["conversion_factor"] = 12.0,
            ["item_schedule_date"] = "2026-12-28", ["expected_delivery_date"] = null, ["delivered_by_supplier"] = 0,
        })];
        return stub;
    }
}
