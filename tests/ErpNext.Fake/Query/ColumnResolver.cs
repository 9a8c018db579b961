using System.Text.RegularExpressions;
using ErpNext.Fake.Data;
using ErpNext.Fake.Frappe;
using ErpNext.Fake.Schema;

namespace ErpNext.Fake.Query;

/// <summary>
/// Resolves column text (<c>qty</c>, <c>`tabPurchase Order Item`.qty</c>, <c>tabBin.item_code</c>) against the
/// queried doctype and its child tables; referencing a child table makes the query join it.
/// </summary>
internal sealed partial class ColumnResolver(FixtureData data, DocTypeSchema main, Func<string, string, bool> isUnsupported)
{
    private DocTypeSchema? _child;

    public DocTypeSchema Main => main;

    public FixtureData Data => data;

    /// <summary>The doctype a resolved column belongs to.</summary>
    public DocTypeSchema SchemaOf(ResolvedColumn column) => column.FromChild ? _child! : main;

    /// <summary>The table field of the joined child doctype, once any child column was referenced.</summary>
    public string? JoinedTableField { get; private set; }

    public ResolvedColumn Resolve(string text)
    {
        var match = ColumnPattern().Match(text.Trim());
        if (!match.Success || match.Groups["field"].Value == "*")
        {
            throw FrappeException.FieldNotPermitted(text.Trim());
        }

        var table = match.Groups["table"].Success ? match.Groups["table"].Value : null;
        return ResolveField(table, match.Groups["field"].Value);
    }

    /// <summary>Columns for <c>*</c> or <c>`tabX`.*</c>; null when <paramref name="text"/> is not a star.</summary>
    public IReadOnlyList<ResolvedColumn>? TryResolveStar(string text)
    {
        var match = ColumnPattern().Match(text.Trim());
        if (!match.Success || match.Groups["field"].Value != "*")
        {
            return null;
        }

        var table = match.Groups["table"].Success ? match.Groups["table"].Value : null;
        var (schema, fromChild) = Table(table, text);
        return [.. schema.Fields.Select((f, i) => new ResolvedColumn(fromChild, f, i)).Where(c => !isUnsupported(schema.Name, c.Field.Name))];
    }

    /// <summary>A column named by doctype, as in 4-element filters.</summary>
    public ResolvedColumn ResolveField(string? doctype, string field)
    {
        var (schema, fromChild) = Table(doctype, field);
        var def = schema.Find(field);
        if (def is null || isUnsupported(schema.Name, field))
        {
            throw FrappeException.FieldNotPermitted(field);
        }

        return new ResolvedColumn(fromChild, def, schema.Ordinal(field));
    }

    private (DocTypeSchema Schema, bool FromChild) Table(string? doctype, string original)
    {
        if (doctype is null || string.Equals(doctype, main.Name, StringComparison.OrdinalIgnoreCase))
        {
            return (main, false);
        }

        foreach (var (tableField, childDoctype) in main.ChildTables)
        {
            if (string.Equals(childDoctype, doctype, StringComparison.OrdinalIgnoreCase))
            {
                _child ??= data.FindSchema(childDoctype);
                JoinedTableField ??= tableField;
                if (_child is not null && JoinedTableField == tableField)
                {
                    return (_child, true);
                }
            }
        }

        throw FrappeException.FieldNotPermitted(original);
    }

    /// <summary>A table name with spaces must be backticked, as in SQL: <c>`tabPurchase Order Item`.qty</c>, <c>tabBin.qty</c>.</summary>
    [GeneratedRegex(@"^(?:(?:`tab(?<table>[^`]+)`|tab(?<table>[A-Za-z0-9_]+))\s*\.\s*)?(?:`(?<field>[A-Za-z0-9_]+)`|(?<field>[A-Za-z0-9_]+|\*))$", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnPattern();
}
