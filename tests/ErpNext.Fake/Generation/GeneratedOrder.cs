namespace ErpNext.Fake.Generation;

internal sealed record GeneratedOrder(
    string Name,
    string Supplier,
    string Status,
    int DocStatus,
    DateOnly TransactionDate,
    DateOnly ScheduleDate,
    IReadOnlyList<GeneratedOrderLine> Lines);
