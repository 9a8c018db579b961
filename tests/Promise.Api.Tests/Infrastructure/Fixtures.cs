namespace Promise.Api.Tests.Infrastructure;

/// <summary>ERPNext data sets in the fixture format (api-contract.md).</summary>
internal static class Fixtures
{
    /// <summary>
    /// promise-rules §8: Stores - AC (cutoff 14:00 UTC, holiday 2026-12-25 via the company's list),
    /// SKU-1 actual 5 / reserved 2, PUR-ORD-0001 for 10 on 2026-12-23. SKU-2 has plenty of stock.
    /// The holiday list "AC Stocktake" (2026-12-22) applies only when configured.
    /// </summary>
    public const string WorkedExample = """
        {
          "Company": [{"name": "AC", "default_holiday_list": "AC 2026"}],
          "Warehouse": [
            {"name": "All Warehouses - AC", "is_group": 1, "disabled": 0, "warehouse_type": null, "company": "AC", "parent_warehouse": null},
            {"name": "Stores - AC", "is_group": 0, "disabled": 0, "warehouse_type": null, "company": "AC", "parent_warehouse": "All Warehouses - AC"}
          ],
          "Item": [
            {"item_code": "SKU-1", "disabled": 0, "is_stock_item": 1, "end_of_life": "2099-12-31", "lead_time_days": 0, "delivered_by_supplier": 0, "stock_uom": "Nos"},
            {"item_code": "SKU-2", "disabled": 0, "is_stock_item": 1, "end_of_life": "2099-12-31", "lead_time_days": 0, "delivered_by_supplier": 0, "stock_uom": "Nos"}
          ],
          "Bin": [
            {"item_code": "SKU-1", "warehouse": "Stores - AC", "actual_qty": 5.0, "reserved_qty": 2.0, "reserved_qty_for_production": 0.0, "reserved_qty_for_sub_contract": 0.0, "ordered_qty": 10.0, "projected_qty": 13.0},
            {"item_code": "SKU-2", "warehouse": "Stores - AC", "actual_qty": 1000.0, "reserved_qty": 0.0, "reserved_qty_for_production": 0.0, "reserved_qty_for_sub_contract": 0.0, "ordered_qty": 0.0, "projected_qty": 1000.0}
          ],
          "Purchase Order": [{"name": "PUR-ORD-0001", "supplier": "Supplier A", "company": "AC", "status": "To Receive and Bill", "docstatus": 1, "schedule_date": "2026-12-23",
             "items": [{"item_code": "SKU-1", "warehouse": "Stores - AC", "qty": 10.0, "received_qty": 0.0, "conversion_factor": 1.0, "stock_qty": 10.0, "schedule_date": "2026-12-23", "expected_delivery_date": null, "delivered_by_supplier": 0}]}],
          "Holiday List": [
            {"name": "AC 2026", "holidays": [{"holiday_date": "2026-12-25", "weekly_off": 0, "description": "Christmas Day"}]},
            {"name": "AC Stocktake", "holidays": [{"holiday_date": "2026-12-22", "weekly_off": 0, "description": "Stocktake"}]}
          ]
        }
        """;

    /// <summary>The worked example's request: Monday 15:00 UTC (after the cutoff), 6 x SKU-1.</summary>
    public const string WorkedExampleRequest = """
        {"customer": "Acme Retail", "order_id": "SAL-ORD-2026-00042", "order_datetime": "2026-12-21T15:00:00Z",
         "items": [{"item_code": "SKU-1", "qty": 6, "warehouse": null, "line_id": "1"}],
         "desired_date": "2026-12-30", "shipping_method": "standard", "fill_policy": "partial"}
        """;

    /// <summary>One NDJSON/array element asking for <paramref name="qty"/> x <paramref name="item"/> at the worked example's instant.</summary>
    public static string Request(string item, decimal qty, string? orderId = null) =>
        $$"""{"order_id": {{(orderId is null ? "null" : $"\"{orderId}\"")}}, "order_datetime": "2026-12-21T15:00:00Z", "items": [{"item_code": "{{item}}", "qty": {{qty.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}]}""";
}
