using System.Globalization;
using System.Text.Json;
using ErpNext.Fake.Frappe;
using ErpNext.Fake.Schema;

namespace ErpNext.Fake.Generation;

/// <summary>Streams a generated catalog as fixture JSON (doctype → documents, child tables nested).</summary>
internal static class CatalogWriter
{
    public static void Write(
        Stream output,
        CatalogOptions options,
        IReadOnlyList<GeneratedItem> items,
        IReadOnlyList<GeneratedBin> bins,
        IReadOnlyList<GeneratedOrder> orders)
    {
        using var writer = new Utf8JsonWriter(output, FrappeJsonOptions.Writer);
        writer.WriteStartObject();
        WriteCompany(writer, options);
        WriteWarehouses(writer);
        WriteArray(writer, BuiltInSchemas.Item, items, WriteItem);
        WriteArray(writer, BuiltInSchemas.Bin, bins, WriteBin);
        WriteArray(writer, BuiltInSchemas.PurchaseOrder, orders, WriteOrder);
        WriteHolidayList(writer, options.BaseDate);
        writer.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, string doctype, IReadOnlyList<T> values, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(doctype);
        foreach (var value in values)
        {
            writer.WriteStartObject();
            write(writer, value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCompany(Utf8JsonWriter writer, CatalogOptions options)
    {
        writer.WriteStartArray(BuiltInSchemas.Company);
        writer.WriteStartObject();
        writer.WriteString("name", CatalogNames.Company);
        writer.WriteString("company_name", CatalogNames.Company);
        writer.WriteString("abbr", CatalogNames.Abbr);
        writer.WriteString("default_holiday_list", CatalogNames.HolidayList(options.BaseDate));
        writer.WriteString("default_currency", "EUR");
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteWarehouses(Utf8JsonWriter writer)
    {
        (string Name, string? Parent, bool Group, string? Type, bool Rejected, bool Disabled)[] warehouses =
        [
            (CatalogNames.AllWarehouses, null, true, null, false, false),
            (CatalogNames.Stores, CatalogNames.AllWarehouses, false, null, false, false),
            (CatalogNames.FinishedGoods, CatalogNames.AllWarehouses, false, null, false, false),
            (CatalogNames.WorkInProgress, CatalogNames.AllWarehouses, false, null, false, false),
            (CatalogNames.Transit, CatalogNames.AllWarehouses, false, "Transit", false, false),
            (CatalogNames.Rejected, CatalogNames.AllWarehouses, false, null, true, false),
            (CatalogNames.Disabled, CatalogNames.AllWarehouses, false, null, false, true),
            (CatalogNames.Regional, CatalogNames.AllWarehouses, true, null, false, false),
            (CatalogNames.North, CatalogNames.Regional, false, null, false, false),
            (CatalogNames.South, CatalogNames.Regional, false, null, false, false),
        ];
        WriteArray(writer, BuiltInSchemas.Warehouse, warehouses, (w, x) =>
        {
            w.WriteString("name", x.Name);
            w.WriteString("warehouse_name", x.Name[..^(CatalogNames.Abbr.Length + 3)]);
            w.WriteNumber("is_group", x.Group ? 1 : 0);
            w.WriteNumber("disabled", x.Disabled ? 1 : 0);
            w.WriteString("company", CatalogNames.Company);
            w.WriteString("parent_warehouse", x.Parent);
            w.WriteString("warehouse_type", x.Type);
            w.WriteNumber("is_rejected_warehouse", x.Rejected ? 1 : 0);
        });
    }

    private static void WriteItem(Utf8JsonWriter w, GeneratedItem item)
    {
        w.WriteString("item_code", item.Code);
        w.WriteString("item_name", "Item " + item.Code[4..]);
        w.WriteString("item_group", item.Group);
        w.WriteString("stock_uom", item.StockUom);
        w.WriteNumber("disabled", item.Disabled ? 1 : 0);
        w.WriteNumber("is_stock_item", item.IsStockItem ? 1 : 0);
        w.WriteString("end_of_life", Date(item.EndOfLife));
        w.WriteNumber("lead_time_days", item.LeadTimeDays);
        w.WriteNumber("delivered_by_supplier", item.DeliveredBySupplier ? 1 : 0);
        Float(w, "safety_stock", item.SafetyStock);
        w.WriteNumber("has_variants", item.HasVariants ? 1 : 0);
    }

    private static void WriteBin(Utf8JsonWriter w, GeneratedBin bin)
    {
        w.WriteString("item_code", bin.ItemCode);
        w.WriteString("warehouse", bin.Warehouse);
        w.WriteString("stock_uom", bin.StockUom);
        Float(w, "actual_qty", bin.ActualQty);
        Float(w, "reserved_qty", bin.ReservedQty);
        Float(w, "ordered_qty", bin.OrderedQty);
        Float(w, "indented_qty", bin.IndentedQty);
        Float(w, "planned_qty", bin.PlannedQty);
        Float(w, "reserved_qty_for_production", bin.ReservedForProduction);
        Float(w, "reserved_qty_for_sub_contract", bin.ReservedForSubContract);
        Float(w, "reserved_qty_for_production_plan", bin.ReservedForProductionPlan);
        Float(w, "reserved_stock", bin.ReservedStock);
        Float(w, "projected_qty", bin.ProjectedQty);
        w.WriteString("modified", bin.Modified.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
    }

    private static void WriteOrder(Utf8JsonWriter w, GeneratedOrder order)
    {
        w.WriteString("name", order.Name);
        w.WriteString("supplier", order.Supplier);
        w.WriteString("company", CatalogNames.Company);
        w.WriteString("status", order.Status);
        w.WriteNumber("docstatus", order.DocStatus);
        w.WriteString("transaction_date", Date(order.TransactionDate));
        w.WriteString("schedule_date", Date(order.ScheduleDate));
        w.WriteStartArray("items");
        foreach (var line in order.Lines)
        {
            w.WriteStartObject();
            w.WriteString("name", line.Name);
            w.WriteString("item_code", line.ItemCode);
            w.WriteString("warehouse", line.Warehouse);
            Float(w, "qty", line.Qty);
            Float(w, "received_qty", line.ReceivedQty);
            w.WriteString("uom", line.Uom);
            w.WriteString("stock_uom", line.StockUom);
            Float(w, "conversion_factor", line.ConversionFactor);
            Float(w, "stock_qty", line.StockQty);
            w.WriteString("schedule_date", Date(line.ScheduleDate));
            w.WriteString("expected_delivery_date", line.ExpectedDeliveryDate is { } expected ? Date(expected) : null);
            w.WriteNumber("delivered_by_supplier", line.DeliveredBySupplier ? 1 : 0);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteHolidayList(Utf8JsonWriter writer, DateOnly baseDate)
    {
        var (from, to, rows) = HolidayCalendar.Build(baseDate);
        writer.WriteStartArray(BuiltInSchemas.HolidayList);
        writer.WriteStartObject();
        writer.WriteString("name", CatalogNames.HolidayList(baseDate));
        writer.WriteString("from_date", Date(from));
        writer.WriteString("to_date", Date(to));
        writer.WriteNumber("total_holidays", rows.Count);
        writer.WriteStartArray("holidays");
        foreach (var (date, weeklyOff, description) in rows)
        {
            writer.WriteStartObject();
            writer.WriteString("holiday_date", Date(date));
            writer.WriteNumber("weekly_off", weeklyOff ? 1 : 0);
            writer.WriteString("description", description);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void Float(Utf8JsonWriter w, string name, double value)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(FrappeJson.FormatFloat(value), skipInputValidation: true);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
