using Promise.Core.Supply;

namespace Promise.ErpClient.Supply;

/// <summary>Supply records after the read rules were applied (open PO lines only, company filter, …).</summary>
internal sealed record SupplyData(
    IReadOnlyList<ItemRecord> Items,
    IReadOnlyList<WarehouseRecord> Warehouses,
    IReadOnlyList<BinRecord> Bins,
    IReadOnlyList<PurchaseOrderLine> PurchaseOrderLines,
    IReadOnlyList<HolidayList> HolidayLists,
    IReadOnlyDictionary<string, string> CompanyDefaultHolidayLists);
