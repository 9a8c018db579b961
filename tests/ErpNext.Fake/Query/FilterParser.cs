using System.Text.Json;
using ErpNext.Fake.Frappe;

namespace ErpNext.Fake.Query;

/// <summary>
/// Parses <c>filters</c>/<c>or_filters</c>: a list of <c>[field, op, value]</c> or <c>[doctype, field, op, value]</c>,
/// or a dict of <c>{"field": value}</c> / <c>{"field": [op, value]}</c>.
/// </summary>
internal static class FilterParser
{
    public static IReadOnlyList<FilterCondition> Parse(string? text, ColumnResolver resolver)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var root = JsonArgument.Parse(text);
        return root.ValueKind switch
        {
            JsonValueKind.Array => [.. root.EnumerateArray().Select(f => FromListItem(f, resolver))],
            JsonValueKind.Object => [.. root.EnumerateObject().Select(p => FromDictEntry(p.Name, p.Value, resolver.Main.Name, resolver))],
            JsonValueKind.Null => [],
            _ => throw FrappeException.Validation($"Filters must be a list or a dict: {root.GetRawText()}"),
        };
    }

    private static FilterCondition FromListItem(JsonElement item, ColumnResolver resolver)
    {
        if (item.ValueKind == JsonValueKind.Object)
        {
            var entry = item.EnumerateObject().FirstOrDefault();
            return entry.Value.ValueKind == JsonValueKind.Undefined
                ? throw FrappeException.Validation("Empty filter")
                : FromDictEntry(entry.Name, entry.Value, resolver.Main.Name, resolver);
        }

        var parts = item.ValueKind == JsonValueKind.Array ? item.EnumerateArray().ToList() : [];
        return parts.Count switch
        {
            3 => Build(null, parts[0], parts[1], parts[2], resolver),
            >= 4 => Build(Text(parts[0]), parts[1], parts[2], parts[3], resolver),
            _ => throw FrappeException.Validation(
                $"Filter must have 4 values (doctype, fieldname, operator, value): {item.GetRawText()}"),
        };
    }

    private static FilterCondition FromDictEntry(string field, JsonElement value, string doctype, ColumnResolver resolver)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return Build(resolver.ResolveField(doctype, field), "=", value, resolver);
        }

        var parts = value.EnumerateArray().ToList();
        if (parts.Count < 2)
        {
            // Frappe indexes value[1] unguarded: an IndexError, i.e. an unhandled 500.
            throw new FrappeException(500, "IndexError", null, "builtins");
        }

        return Build(resolver.ResolveField(doctype, field), Text(parts[0]), parts[1], resolver);
    }

    private static FilterCondition Build(string? doctype, JsonElement field, JsonElement op, JsonElement value, ColumnResolver resolver)
    {
        var name = Text(field);
        var column = doctype is null && name.Contains('.', StringComparison.Ordinal)
            ? resolver.Resolve(name)
            : resolver.ResolveField(string.IsNullOrEmpty(doctype) ? null : doctype, name);
        return Build(column, Text(op), value, resolver);
    }

    private static FilterCondition Build(ResolvedColumn column, string op, JsonElement value, ColumnResolver resolver) =>
        TreeFilter.IsTreeOperator(op)
            ? TreeFilter.Build(column, op, value, resolver)
            : FilterPredicates.Build(column, op, value);

    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Null => string.Empty,
        _ => element.GetRawText(),
    };
}
