namespace ErpNext.Fake.Schema;

/// <summary>
/// The columns of one doctype as the fake knows them: the standard Frappe columns plus the
/// doctype's own fields, in declaration order (which is also the order of <c>["*"]</c>).
/// </summary>
internal sealed class DocTypeSchema
{
    private static readonly FieldDef[] StandardFields =
    [
        new("name", FieldType.Data),
        new("owner", FieldType.Data, "Administrator"),
        new("creation", FieldType.Datetime, "2025-01-01 00:00:00"),
        new("modified", FieldType.Datetime, "2025-01-01 00:00:00"),
        new("modified_by", FieldType.Data, "Administrator"),
        new("docstatus", FieldType.Int),
        new("idx", FieldType.Int),
    ];

    private static readonly FieldDef[] ChildStandardFields =
    [
        new("parent", FieldType.Data),
        new("parentfield", FieldType.Data),
        new("parenttype", FieldType.Data),
    ];

    private readonly Dictionary<string, FieldDef> _byName;
    private readonly Dictionary<string, int> _ordinals;

    public DocTypeSchema(
        string name,
        bool isChild,
        IEnumerable<FieldDef> fields,
        IReadOnlyDictionary<string, string>? childTables = null,
        string? treeParentField = null)
    {
        Name = name;
        IsChild = isChild;
        ChildTables = childTables ?? new Dictionary<string, string>(StringComparer.Ordinal);
        TreeParentField = treeParentField;
        var all = new List<FieldDef>(StandardFields);
        if (isChild)
        {
            all.AddRange(ChildStandardFields);
        }

        _byName = new Dictionary<string, FieldDef>(StringComparer.Ordinal);
        foreach (var field in all.Concat(fields))
        {
            _byName[field.Name] = field;
        }

        Fields = [.. _byName.Values];
        _ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Fields.Count; i++)
        {
            _ordinals[Fields[i].Name] = i;
        }
    }

    public string Name { get; }

    public bool IsChild { get; }

    /// <summary>Every column, standard ones first.</summary>
    public IReadOnlyList<FieldDef> Fields { get; }

    /// <summary>Table fieldname (e.g. <c>items</c>) to child doctype (e.g. <c>Purchase Order Item</c>).</summary>
    public IReadOnlyDictionary<string, string> ChildTables { get; }

    /// <summary>For tree doctypes, the column pointing at the parent node (e.g. <c>parent_warehouse</c>).</summary>
    public string? TreeParentField { get; }

    public FieldDef? Find(string fieldName) => _byName.GetValueOrDefault(fieldName);

    /// <summary>Position of the column in <see cref="Fields"/> (and in every document's value array), or -1.</summary>
    public int Ordinal(string fieldName) => _ordinals.GetValueOrDefault(fieldName, -1);

    /// <summary>A copy with extra columns seen in a fixture but unknown to the built-in schema.</summary>
    public DocTypeSchema WithExtraFields(IEnumerable<FieldDef> extra)
    {
        var added = extra.Where(f => !_byName.ContainsKey(f.Name)).ToList();
        return added.Count == 0
            ? this
            : new DocTypeSchema(Name, IsChild, Fields.Concat(added), ChildTables, TreeParentField);
    }
}
