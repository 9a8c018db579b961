namespace ErpNext.Fake.Generation;

internal sealed record GeneratedItem(
    string Code,
    string Group,
    string StockUom,
    bool Disabled,
    bool IsStockItem,
    DateOnly EndOfLife,
    int LeadTimeDays,
    bool DeliveredBySupplier,
    double SafetyStock,
    bool HasVariants)
{
    /// <summary>Items that get Bins and purchase orders: stock items that are not variant templates.</summary>
    public bool IsStocked => IsStockItem && !HasVariants;
}
