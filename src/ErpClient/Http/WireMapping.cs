using System.Globalization;
using Promise.Core.Supply;
using Promise.ErpClient.Http.Wire;

namespace Promise.ErpClient.Http;

/// <summary>Wire rows to Core records. Missing optional fields count as 0 (erpnext-api.md §8).</summary>
internal static class WireMapping
{
    public static BinRecord ToRecord(this BinRow row) => new(
        row.ItemCode ?? string.Empty,
        row.Warehouse ?? string.Empty,
        row.ActualQty,
        row.ReservedQty,
        row.ReservedQtyForProduction,
        row.ReservedQtyForSubContract,
        row.ReservedQtyForProductionPlan ?? 0m);

    public static PurchaseOrderLine? ToRecord(this PoLineRow row)
    {
        var schedule = ParseDate(row.ItemScheduleDate);
        if (schedule is null || row.Name is null || row.ItemCode is null)
        {
            return null;
        }

        return new PurchaseOrderLine(
            row.Name,
            row.PoItemIdx,
            row.ItemCode,
            row.Warehouse ?? string.Empty,
            row.Qty,
            row.ReceivedQty,
            row.ConversionFactor is > 0 ? row.ConversionFactor.Value : 1m,
            schedule.Value,
            ParseDate(row.ExpectedDeliveryDate));
    }

    public static ItemRecord ToRecord(this ItemRow row) => new(
        row.Name ?? string.Empty,
        row.Disabled != 0,
        (row.IsStockItem ?? 1) != 0,
        ParseDate(row.EndOfLife),
        row.LeadTimeDays,
        row.DeliveredBySupplier != 0);

    public static WarehouseRecord ToRecord(this WarehouseRow row) => new(
        row.Name ?? string.Empty,
        row.IsGroup != 0,
        row.Disabled != 0,
        row.WarehouseType,
        (row.IsRejectedWarehouse ?? 0) != 0,
        row.Company,
        row.ParentWarehouse);

    public static HolidayList ToRecord(this HolidayListDoc doc, string name)
    {
        var rows = new List<Holiday>();
        foreach (var row in doc.Holidays ?? [])
        {
            if (ParseDate(row.HolidayDate) is { } date)
            {
                rows.Add(new Holiday(date, row.WeeklyOff != 0));
            }
        }

        return new HolidayList(doc.Name ?? name, rows);
    }

    public static DateOnly? ParseDate(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
}
