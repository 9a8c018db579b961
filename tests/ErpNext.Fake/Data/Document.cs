using ErpNext.Fake.Schema;

namespace ErpNext.Fake.Data;

/// <summary>
/// One stored document (or child row). Values are normalised on load: text and dates as
/// <see cref="string"/>, Float as <see cref="double"/>, Int and Check as <see cref="long"/>.
/// </summary>
internal sealed class Document(
    DocTypeSchema schema,
    IReadOnlyDictionary<string, object?> values,
    IReadOnlyDictionary<string, IReadOnlyList<Document>> children)
{
    public DocTypeSchema Schema { get; } = schema;

    public string Name => Get("name") as string ?? string.Empty;

    public IReadOnlyDictionary<string, IReadOnlyList<Document>> Children { get; } = children;

    /// <summary>The stored value, or Frappe's default for the column when the fixture omitted it.</summary>
    public object? Get(string field) =>
        values.TryGetValue(field, out var value) && value is not null
            ? value
            : Schema.Find(field)?.EffectiveDefault;

    public IReadOnlyList<Document> ChildRows(string tableField) =>
        Children.TryGetValue(tableField, out var rows) ? rows : [];
}
