namespace ErpNext.Fake.Generation;

/// <summary>
/// Items in a 20-item cycle so that even 10 items show the variety: #1 disabled, #2 non-stock service,
/// #3 end of life passed, #4 drop-shipped, #5 variant template, the rest ordinary.
/// </summary>
internal static class ItemFactory
{
    private static readonly string[] Groups = ["Raw Material", "Sub Assemblies", "Products", "Consumable"];

    public static IReadOnlyList<GeneratedItem> Create(CatalogOptions options, Random random)
    {
        var items = new List<GeneratedItem>(options.Items);
        var farFuture = new DateOnly(2099, 12, 31);
        for (var i = 1; i <= options.Items; i++)
        {
            var kind = (i - 1) % 20;
            items.Add(new GeneratedItem(
                Code: CatalogNames.ItemCode(i),
                Group: Groups[random.Next(Groups.Length)],
                StockUom: random.Next(10) == 0 ? "Kg" : "Nos",
                Disabled: kind == 0,
                IsStockItem: kind != 1,
                EndOfLife: kind == 2 ? options.BaseDate.AddDays(-random.Next(1, 400)) : farFuture,
                LeadTimeDays: random.Next(0, 31),
                DeliveredBySupplier: kind == 3,
                SafetyStock: random.Next(4) == 0 ? random.Next(1, 20) : 0,
                HasVariants: kind == 4));
        }

        return items;
    }
}
