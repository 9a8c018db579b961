using Promise.Core.Supply;
using Promise.ErpClient.Caching;

namespace Promise.ErpClient.Supply;

/// <summary>Assembles a <see cref="SupplySnapshot"/> from cache entries (no LINQ: lists sized once).</summary>
internal static class SnapshotBuilder
{
    public static SupplySnapshot Build(
        CacheEntry<MasterData> master, IEnumerable<CacheEntry<ItemLookup>> items, IEnumerable<CacheEntry<StockEntry>> stock, bool degraded)
    {
        var oldest = master.FetchedAt;
        var itemRecords = new List<ItemRecord>();
        foreach (var entry in items)
        {
            oldest = entry.FetchedAt < oldest ? entry.FetchedAt : oldest;
            if (entry.Value.Item is { } item)
            {
                itemRecords.Add(item);
            }
        }

        var binCount = 0;
        var lineCount = 0;
        foreach (var entry in stock)
        {
            binCount += entry.Value.Bins.Count;
            lineCount += entry.Value.Lines.Count;
        }

        var bins = new List<BinRecord>(binCount);
        var lines = new List<PurchaseOrderLine>(lineCount);
        var purchaseOrdersRead = true;
        foreach (var entry in stock)
        {
            oldest = entry.FetchedAt < oldest ? entry.FetchedAt : oldest;
            bins.AddRange(entry.Value.Bins);
            lines.AddRange(entry.Value.Lines);
            purchaseOrdersRead &= entry.Value.PurchaseOrdersRead;
        }

        return new SupplySnapshot(
            itemRecords,
            master.Value.Warehouses,
            bins,
            lines,
            master.Value.HolidayLists,
            master.Value.CompanyHolidayLists,
            new SourceAvailability(PurchaseOrders: purchaseOrdersRead, HolidayLists: master.Value.HolidayListsAvailable),
            oldest,
            degraded);
    }
}
