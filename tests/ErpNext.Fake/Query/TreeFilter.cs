using System.Text.Json;
using ErpNext.Fake.Frappe;

namespace ErpNext.Fake.Query;

/// <summary>
/// <c>descendants of</c> / <c>ancestors of</c> (and their <c>not</c> forms) on tree doctypes such as Warehouse:
/// the node itself is excluded, as with Frappe's lft/rgt bounds. The tree is walked through its parent column.
/// </summary>
internal static class TreeFilter
{
    public static bool IsTreeOperator(string op) =>
        op.Trim().ToLowerInvariant() is "descendants of" or "ancestors of" or "not descendants of" or "not ancestors of";

    public static FilterCondition Build(ResolvedColumn column, string op, JsonElement value, ColumnResolver resolver)
    {
        var normalized = op.Trim().ToLowerInvariant();
        var treeDoctype = column.Field.Name == "name" ? resolver.SchemaOf(column).Name : column.Field.LinkTo;
        var tree = treeDoctype is null ? null : resolver.Data.FindSchema(treeDoctype);
        if (tree?.TreeParentField is not { } parentField)
        {
            throw FrappeException.Validation($"{column.Field.Name} is not a link to a tree doctype, so '{op}' cannot apply");
        }

        var parents = resolver.Data.Documents(tree.Name)
            .GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Get(parentField) as string, StringComparer.OrdinalIgnoreCase);
        var node = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ToString();
        var members = normalized.EndsWith("descendants of", StringComparison.Ordinal)
            ? parents.Keys.Where(name => Ancestors(name, parents).Contains(node, StringComparer.OrdinalIgnoreCase))
            : Ancestors(node, parents);
        var set = members.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var positive = !normalized.StartsWith("not ", StringComparison.Ordinal);
        return new FilterCondition(column, normalized, v => set.Contains(v is null ? string.Empty : ValueComparer.Text(v)) == positive);
    }

    /// <summary>Parent, grandparent, ... of <paramref name="node"/>; stops on cycles.</summary>
    private static List<string> Ancestors(string node, Dictionary<string, string?> parents)
    {
        var chain = new List<string>();
        var current = node;
        while (parents.TryGetValue(current, out var parent) && !string.IsNullOrEmpty(parent)
            && !chain.Contains(parent, StringComparer.OrdinalIgnoreCase) && chain.Count < parents.Count)
        {
            chain.Add(parent);
            current = parent;
        }

        return chain;
    }
}
