using System.Text.Json;
using System.Text.RegularExpressions;
using ErpNext.Fake.Frappe;

namespace ErpNext.Fake.Query;

/// <summary>Parses <c>fields</c>: a JSON list of columns, each optionally <c>"col as alias"</c>.</summary>
internal static partial class FieldsParser
{
    public static IReadOnlyList<SelectColumn> Parse(string? fieldsText, bool lenient, ColumnResolver resolver)
    {
        var items = Items(fieldsText, lenient);
        if (items.Count == 0)
        {
            items = ["name"];
        }

        // Python dict semantics for duplicate keys: the first position, the last value.
        var keys = new List<string>();
        var byKey = new Dictionary<string, SelectColumn>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var column in Columns(item, resolver))
            {
                if (!byKey.ContainsKey(column.Key))
                {
                    keys.Add(column.Key);
                }

                byKey[column.Key] = column;
            }
        }

        return [.. keys.Select(k => byKey[k])];
    }

    private static List<string> Items(string? fieldsText, bool lenient)
    {
        if (string.IsNullOrWhiteSpace(fieldsText))
        {
            return [];
        }

        // frappe.client.get_list hands the string to DatabaseQuery, which accepts "*" and "a, b";
        // /api/resource runs json.loads first, so there "*" is a JSONDecodeError.
        if (lenient && fieldsText.Trim() == "*")
        {
            return ["*"];
        }

        JsonElement parsed;
        try
        {
            parsed = JsonArgument.Parse(fieldsText);
        }
        catch (FrappeException) when (lenient)
        {
            return [.. fieldsText.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        }

        return parsed.ValueKind switch
        {
            JsonValueKind.Array => [.. parsed.EnumerateArray().Select(ItemText)],
            JsonValueKind.String => [parsed.GetString()!],
            _ => throw FrappeException.FieldNotPermitted(parsed.GetRawText()),
        };
    }

    private static string ItemText(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw FrappeException.FieldNotPermitted(element.GetRawText());

    private static IEnumerable<SelectColumn> Columns(string item, ColumnResolver resolver)
    {
        var text = item.Trim();
        string? alias = null;
        var aliased = AliasPattern().Match(text);
        if (aliased.Success)
        {
            text = aliased.Groups["column"].Value;
            alias = aliased.Groups["alias"].Value.Trim().Trim('`', '"', '\'');
        }

        if (alias is null && resolver.TryResolveStar(text) is { } star)
        {
            return star.Select(c => new SelectColumn(c.Field.Name, c));
        }

        var column = resolver.Resolve(text);
        return [new SelectColumn(alias ?? column.Field.Name, column)];
    }

    [GeneratedRegex(@"^(?<column>.+?)\s+as\s+(?<alias>\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AliasPattern();
}
