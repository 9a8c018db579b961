using ErpNext.Fake.Schema;

namespace ErpNext.Fake.Data;

/// <summary>
/// One stored document (or child row). Values sit in an array parallel to <see cref="DocTypeSchema.Fields"/>,
/// normalised on load: text and dates as <see cref="string"/>, Float as <see cref="double"/>, Int and Check as <see cref="long"/>.
/// </summary>
internal sealed class Document(
    DocTypeSchema schema,
    object?[] values,
    IReadOnlyDictionary<string, IReadOnlyList<Document>> children)
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<Document>> NoChildren = new Dictionary<string, IReadOnlyList<Document>>();

    public Document(DocTypeSchema schema, object?[] values)
        : this(schema, values, NoChildren)
    {
    }

    public DocTypeSchema Schema { get; } = schema;

    public string Name => Get("name") as string ?? string.Empty;

    public IReadOnlyDictionary<string, IReadOnlyList<Document>> Children { get; } = children;

    /// <summary>The stored value, or Frappe's default for the column when the fixture omitted it.</summary>
    public object? Get(int ordinal) => values[ordinal] ?? Schema.Fields[ordinal].EffectiveDefault;

    public object? Get(string field) => Schema.Ordinal(field) is >= 0 and var ordinal ? Get(ordinal) : null;

    public IReadOnlyList<Document> ChildRows(string tableField) =>
        Children.TryGetValue(tableField, out var rows) ? rows : [];
}
