namespace ErpNext.Fake.Generation;

/// <summary>The fixed names of the generated site (company "Acme Corp", abbreviation AC).</summary>
public static class CatalogNames
{
    public const string Company = "Acme Corp";
    public const string Abbr = "AC";
    public const string AllWarehouses = "All Warehouses - AC";
    public const string Stores = "Stores - AC";
    public const string FinishedGoods = "Finished Goods - AC";
    public const string WorkInProgress = "Work In Progress - AC";
    public const string Transit = "Goods In Transit - AC";
    public const string Rejected = "Rejected - AC";
    public const string Disabled = "Old Stores - AC";
    public const string Regional = "Regional - AC";
    public const string North = "North - AC";
    public const string South = "South - AC";

    /// <summary>Leaf warehouses where POs deliver and most stock sits.</summary>
    public static IReadOnlyList<string> StockWarehouses { get; } = [Stores, FinishedGoods, North, South];

    /// <summary>Warehouses stock should not be promised from, that still hold Bins.</summary>
    public static IReadOnlyList<string> SpecialWarehouses { get; } = [WorkInProgress, Transit, Rejected, Disabled];

    public static IReadOnlyList<string> Suppliers { get; } =
        ["Widget Supplies Ltd", "Northwind Traders", "Contoso Parts", "Fabrikam Industrial", "Tailspin Components", "Litware Metals"];

    public static string HolidayList(DateOnly baseDate) => $"AC Holidays {baseDate.Year}";

    public static string ItemCode(int index) => $"SKU-{index:D6}";
}
