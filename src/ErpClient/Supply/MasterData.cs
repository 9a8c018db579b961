using Promise.Core.Supply;

namespace Promise.ErpClient.Supply;

/// <summary>Site-wide master data cached as one entry: warehouses, company default holiday lists and the lists themselves.</summary>
/// <param name="Warehouses">Every warehouse (of <c>Erp:Company</c> when set).</param>
/// <param name="CompanyHolidayLists">Company name to its default holiday list.</param>
/// <param name="HolidayLists">The lists that could be read.</param>
/// <param name="HolidayListsAvailable">False when ERPNext refused a holiday list (403).</param>
internal sealed record MasterData(
    IReadOnlyList<WarehouseRecord> Warehouses,
    IReadOnlyDictionary<string, string> CompanyHolidayLists,
    IReadOnlyList<HolidayList> HolidayLists,
    bool HolidayListsAvailable);
