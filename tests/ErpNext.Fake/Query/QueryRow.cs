using ErpNext.Fake.Data;

namespace ErpNext.Fake.Query;

/// <summary>A result row: a document, joined with one of its child rows when child columns are involved (a left join).</summary>
internal readonly record struct QueryRow(Document Main, Document? Child)
{
    /// <summary>A parent without child rows joins to nulls, exactly as SQL's left join.</summary>
    public object? Value(ResolvedColumn column) =>
        column.FromChild ? Child?.Get(column.Ordinal) : Main.Get(column.Ordinal);
}
