using System.Collections.Concurrent;
using ErpNext.Fake.Schema;

namespace ErpNext.Fake.Data;

/// <summary>An immutable loaded site: schemas and documents. Replaced whole, never mutated, so readers need no lock.</summary>
internal sealed class FixtureData
{
    private readonly IReadOnlyDictionary<string, DocTypeSchema> _schemas;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Document>> _documents;
    private readonly Dictionary<string, Dictionary<string, Document>> _byName;
    private readonly ConcurrentDictionary<(string Doctype, string Field), Lazy<ILookup<string, Document>>> _indexes = new();
    private readonly ConcurrentDictionary<(string Doctype, string Table, string Field), Lazy<ILookup<string, Document>>> _childIndexes = new();

    public FixtureData(IReadOnlyDictionary<string, DocTypeSchema> schemas, IReadOnlyDictionary<string, IReadOnlyList<Document>> documents)
    {
        _schemas = schemas;
        _documents = documents;
        var byName = new Dictionary<string, Dictionary<string, Document>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (doctype, docs) in documents)
        {
            var names = new Dictionary<string, Document>(StringComparer.OrdinalIgnoreCase);
            foreach (var doc in docs)
            {
                names.TryAdd(doc.Name, doc);
            }

            byName[doctype] = names;
        }

        _byName = byName;
    }

    public static FixtureData Empty { get; } = FixtureLoader.Load("{}");

    public DocTypeSchema? FindSchema(string doctype) => _schemas.GetValueOrDefault(doctype);

    public IReadOnlyList<Document> Documents(string doctype) => _documents.GetValueOrDefault(doctype) ?? [];

    public Document? FindByName(string doctype, string name) =>
        _byName.TryGetValue(doctype, out var names) ? names.GetValueOrDefault(name) : null;

    /// <summary>The parent doctype and table field a child doctype hangs from, if any.</summary>
    public (DocTypeSchema Parent, string TableField)? ParentOf(string childDoctype)
    {
        foreach (var schema in _schemas.Values)
        {
            foreach (var (field, child) in schema.ChildTables)
            {
                if (string.Equals(child, childDoctype, StringComparison.OrdinalIgnoreCase))
                {
                    return (schema, field);
                }
            }
        }

        return null;
    }

    /// <summary>Case-insensitive equality index on a text column, built on first use (perf runs filter Bins by item_code).</summary>
    public ILookup<string, Document> IndexOf(string doctype, string field) =>
        _indexes.GetOrAdd((doctype, field), key => new Lazy<ILookup<string, Document>>(() =>
            Documents(key.Doctype).ToLookup(d => d.Get(key.Field) as string ?? string.Empty, StringComparer.OrdinalIgnoreCase))).Value;

    /// <summary>Parents of <paramref name="doctype"/> by the text value of <paramref name="field"/> in their <paramref name="tableField"/> child rows.</summary>
    public ILookup<string, Document> ParentIndexOf(string doctype, string tableField, string field) =>
        _childIndexes.GetOrAdd((doctype, tableField, field), key => new Lazy<ILookup<string, Document>>(() =>
            Documents(key.Doctype)
                .SelectMany(d => d.ChildRows(key.Table).Select(c => (Key: c.Get(key.Field) as string ?? string.Empty, Parent: d)))
                .ToLookup(p => p.Key, p => p.Parent, StringComparer.OrdinalIgnoreCase))).Value;
}
