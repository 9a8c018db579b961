using System.Globalization;
using System.Text;
using ErpNext.Fake;

namespace Promise.Reliability.Tests.Infrastructure;

/// <summary>
/// The ERPNext site of the reliability suites: company AC with holiday list "AC 2026", warehouse Stores - AC,
/// SKU-A (50 in stock), SKU-B (none in stock, 10 on PUR-ORD-0001 for 2026-12-23) and SKU-P01..SKU-Pnn
/// (one Bin each, for paging).
/// </summary>
public static class SiteData
{
    public const string Stores = "Stores - AC";
    public const string HolidayList = "AC 2026";

    /// <summary>Monday before the 14:00 cutoff.</summary>
    public const string OrderInstant = "2026-12-21T10:00:00Z";

    public static Task<FakeErpNextServer> StartErpAsync(int pagedItems = 0, decimal skuAStock = 50) =>
        FakeErpNextServer.StartAsync(new FakeErpNextOptions
        {
            FixtureJson = Fixture(pagedItems, skuAStock),
            ApiKey = SecretValues.ErpApiKey,
            ApiSecret = SecretValues.ErpApiSecret,
        });

    public static string Fixture(int pagedItems = 0, decimal skuAStock = 50)
    {
        var items = new StringBuilder();
        var bins = new StringBuilder();
        AddItem(items, bins, "SKU-A", skuAStock);
        AddItem(items, bins, "SKU-B", 0);
        for (var i = 1; i <= pagedItems; i++)
        {
            AddItem(items, bins, PagedItem(i), 5);
        }

        return $$"""
            {
              "Company": [{"name": "AC", "default_holiday_list": "{{HolidayList}}"}],
              "Warehouse": [
                {"name": "All Warehouses - AC", "is_group": 1, "disabled": 0, "company": "AC", "parent_warehouse": null},
                {"name": "{{Stores}}", "is_group": 0, "disabled": 0, "company": "AC", "parent_warehouse": "All Warehouses - AC"}
              ],
              "Item": [{{items}}],
              "Bin": [{{bins}}],
              "Purchase Order": [{"name": "PUR-ORD-0001", "supplier": "Supplier A", "company": "AC", "status": "To Receive and Bill", "docstatus": 1, "schedule_date": "2026-12-23",
                 "items": [{"item_code": "SKU-B", "warehouse": "{{Stores}}", "qty": 10.0, "received_qty": 0.0, "conversion_factor": 1.0, "stock_qty": 10.0, "schedule_date": "2026-12-23"}]}],
              "Holiday List": [{"name": "{{HolidayList}}", "holidays": [{"holiday_date": "2026-12-22", "weekly_off": 0, "description": "Company day"}]}]
            }
            """;
    }

    public static string PagedItem(int i) => $"SKU-P{i:00}";

    /// <summary>A promise request body for the given lines at <see cref="OrderInstant"/>.</summary>
    public static string Request(params (string Item, decimal Qty)[] lines)
    {
        var items = string.Join(", ", lines.Select(l =>
            $$"""{"item_code": "{{l.Item}}", "qty": {{l.Qty.ToString(CultureInfo.InvariantCulture)}}}"""));
        return $$"""{"order_id": "SO-REL-1", "order_datetime": "{{OrderInstant}}", "items": [{{items}}]}""";
    }

    /// <summary>1 x SKU-A: answered from stock when ERPNext is reachable.</summary>
    public static string SimpleRequest => Request(("SKU-A", 1));

    private static void AddItem(StringBuilder items, StringBuilder bins, string code, decimal actual)
    {
        var qty = actual.ToString("0.0", CultureInfo.InvariantCulture);
        Separate(items).Append(CultureInfo.InvariantCulture, $$"""{"item_code": "{{code}}", "disabled": 0, "is_stock_item": 1, "end_of_life": "2099-12-31", "lead_time_days": 0, "delivered_by_supplier": 0, "stock_uom": "Nos"}""");
        Separate(bins).Append(CultureInfo.InvariantCulture, $$"""{"item_code": "{{code}}", "warehouse": "{{Stores}}", "actual_qty": {{qty}}, "reserved_qty": 0.0, "projected_qty": {{qty}}}""");
    }

    private static StringBuilder Separate(StringBuilder builder) => builder.Length > 0 ? builder.Append(",\n") : builder;
}
