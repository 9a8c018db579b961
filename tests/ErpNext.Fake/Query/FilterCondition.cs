namespace ErpNext.Fake.Query;

/// <summary>A compiled filter: <paramref name="Matches"/> receives the column's value (null when absent).</summary>
internal sealed record FilterCondition(ResolvedColumn Column, string Operator, Func<object?, bool> Matches)
{
    /// <summary>For equality filters on text columns: the values an index lookup can use.</summary>
    public IReadOnlyList<string>? EqualityKeys { get; init; }

    public bool Test(QueryRow row) => Matches(row.Value(Column));
}
