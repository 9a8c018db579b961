using System.Text.Json.Nodes;
using Promise.ErpClient.Supply;

namespace Promise.ErpClient.Http;

/// <summary>The list queries of erpnext-api.md §2–§3, each with explicit fields and a unique, deterministic order.</summary>
internal static class ErpQueries
{
    public const string BinOptionalField = "reserved_qty_for_production_plan";
    public const string WarehouseOptionalField = "is_rejected_warehouse";
    private const string PoItem = "`tabPurchase Order Item`";

    public static ListQuery Bins(IReadOnlyCollection<string> itemCodes, bool withOptional)
    {
        List<string> fields = ["item_code", "warehouse", "actual_qty", "reserved_qty", "reserved_qty_for_production", "reserved_qty_for_sub_contract"];
        if (withOptional)
        {
            fields.Add(BinOptionalField);
        }

        return new ListQuery("bin", "Bin", fields, new JsonArray(Filter("item_code", "in", InList(itemCodes))), "item_code asc, warehouse asc");
    }

    /// <summary>The parent with child columns (never a bare child query); status and line filters per §2.</summary>
    public static ListQuery PurchaseOrderLines(IReadOnlyCollection<string> itemCodes, string? company)
    {
        List<string> fields =
        [
            "name", "status", "docstatus", "company",
            $"{PoItem}.name as po_item", $"{PoItem}.idx as po_item_idx", $"{PoItem}.item_code", $"{PoItem}.warehouse",
            $"{PoItem}.qty", $"{PoItem}.received_qty", $"{PoItem}.conversion_factor",
            $"{PoItem}.schedule_date as item_schedule_date", $"{PoItem}.expected_delivery_date",
            $"{PoItem}.delivered_by_supplier",
        ];
        var filters = new JsonArray(
            new JsonArray("Purchase Order", "docstatus", "=", 1),
            new JsonArray("Purchase Order", "status", "not in", InList(ReadRules.ExcludedPoStatuses)),
            new JsonArray("Purchase Order Item", "item_code", "in", InList(itemCodes)));
        if (!string.IsNullOrWhiteSpace(company))
        {
            filters.Add(new JsonArray("Purchase Order", "company", "=", company));
        }

        return new ListQuery("purchase_order", "Purchase Order", fields, filters, $"`tabPurchase Order`.name asc, {PoItem}.idx asc");
    }

    private static readonly string[] ItemFields = ["name", "disabled", "is_stock_item", "end_of_life", "lead_time_days", "delivered_by_supplier"];

    public static ListQuery Items(IReadOnlyCollection<string> itemCodes) =>
        new("item", "Item", ItemFields, new JsonArray(Filter("name", "in", InList(itemCodes))), "name asc");

    /// <summary>Every Item master, by name (the start-up warm-up; bounded by the caller's row limit).</summary>
    public static ListQuery AllItems() => new("item", "Item", ItemFields, [], "name asc");

    public static ListQuery Warehouses(string? company, bool withOptional)
    {
        List<string> fields = ["name", "is_group", "disabled", "warehouse_type", "company", "parent_warehouse"];
        if (withOptional)
        {
            fields.Add(WarehouseOptionalField);
        }

        var filters = new JsonArray();
        if (!string.IsNullOrWhiteSpace(company))
        {
            filters.Add(Filter("company", "=", company));
        }

        return new ListQuery("warehouse", "Warehouse", fields, filters, "name asc");
    }

    public static ListQuery Companies(string? company)
    {
        var filters = new JsonArray();
        if (!string.IsNullOrWhiteSpace(company))
        {
            filters.Add(Filter("name", "=", company));
        }

        return new ListQuery("company", "Company", ["name", "default_holiday_list"], filters, "name asc");
    }

    private static JsonArray Filter(string field, string op, JsonNode? value) => new(field, op, value);

    private static JsonArray InList(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
