using System.Text.Json;
using Promise.Core.Supply;
using Promise.ErpClient.Supply;
using static Promise.ErpClient.Embedded.JsonFields;

namespace Promise.ErpClient.Embedded;

/// <summary>
/// Reads the fixture format of api-contract.md (one JSON object keyed by doctype) and applies the same
/// rules as the ERPNext reads, so embedded mode answers what a real site with this data would.
/// </summary>
internal static class FixtureParser
{
    public static SupplyData Parse(string json, string? company)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("A fixture must be a JSON object keyed by doctype.");
        }

        var items = Array(root, "Item").Select(ReadItem).Where(i => i.ItemCode.Length > 0).ToList();
        var warehouses = Array(root, "Warehouse")
            .Where(w => ReadRules.InCompany(Str(w, "company"), company))
            .Select(ReadWarehouse)
            .ToList();
        var bins = Array(root, "Bin").Select(ReadBin).ToList();
        var lines = new List<PurchaseOrderLine>();
        foreach (var po in Array(root, "Purchase Order"))
        {
            if (!ReadRules.IsOpenOrder(Int(po, "docstatus"), Str(po, "status")) || !ReadRules.InCompany(Str(po, "company"), company))
            {
                continue;
            }

            var position = 0;
            foreach (var line in Array(po, "items"))
            {
                position++;
                var qty = Dec(line, "qty");
                var received = Dec(line, "received_qty");
                if (!ReadRules.IsOpenLine(qty, received, Check(line, "delivered_by_supplier")))
                {
                    continue;
                }

                var schedule = Date(line, "schedule_date") ?? Date(po, "schedule_date");
                if (schedule is null)
                {
                    continue;
                }

                lines.Add(new PurchaseOrderLine(
                    Str(po, "name") ?? string.Empty,
                    Int(line, "idx", position),
                    Str(line, "item_code") ?? string.Empty,
                    Str(line, "warehouse") ?? Str(po, "set_warehouse") ?? string.Empty,
                    qty,
                    received,
                    Dec(line, "conversion_factor", 1m),
                    schedule.Value,
                    Date(line, "expected_delivery_date")));
            }
        }

        var companies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in Array(root, "Company"))
        {
            var name = Str(c, "name") ?? Str(c, "company_name");
            var list = Str(c, "default_holiday_list");
            if (name is not null && list is not null && ReadRules.InCompany(name, company))
            {
                companies.TryAdd(name, list);
            }
        }

        var holidayLists = Array(root, "Holiday List").Select(ReadHolidayList).ToList();
        return new SupplyData(items, warehouses, bins, lines, holidayLists, companies);
    }

    public static HolidayList ReadHolidayList(JsonElement doc)
    {
        var rows = new List<Holiday>();
        foreach (var row in Array(doc, "holidays"))
        {
            if (Date(row, "holiday_date") is { } date)
            {
                rows.Add(new Holiday(date, Check(row, "weekly_off")));
            }
        }

        return new HolidayList(Str(doc, "name") ?? Str(doc, "holiday_list_name") ?? string.Empty, rows);
    }

    private static ItemRecord ReadItem(JsonElement doc) => new(
        Str(doc, "item_code") ?? Str(doc, "name") ?? string.Empty,
        Check(doc, "disabled"),
        Check(doc, "is_stock_item", fallback: true),
        Date(doc, "end_of_life"),
        Int(doc, "lead_time_days"),
        Check(doc, "delivered_by_supplier"));

    private static WarehouseRecord ReadWarehouse(JsonElement doc) => new(
        Str(doc, "name") ?? string.Empty,
        Check(doc, "is_group"),
        Check(doc, "disabled"),
        Str(doc, "warehouse_type"),
        Check(doc, "is_rejected_warehouse"),
        Str(doc, "company"),
        Str(doc, "parent_warehouse"));

    private static BinRecord ReadBin(JsonElement doc) => new(
        Str(doc, "item_code") ?? string.Empty,
        Str(doc, "warehouse") ?? string.Empty,
        Dec(doc, "actual_qty"),
        Dec(doc, "reserved_qty"),
        Dec(doc, "reserved_qty_for_production"),
        Dec(doc, "reserved_qty_for_sub_contract"),
        Dec(doc, "reserved_qty_for_production_plan"));
}
