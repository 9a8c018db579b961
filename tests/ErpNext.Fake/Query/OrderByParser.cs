using System.Text.RegularExpressions;
using ErpNext.Fake.Frappe;

namespace ErpNext.Fake.Query;

/// <summary>Parses <c>order_by</c>: comma-separated columns (bare, aliased, or <c>`tabDoctype`.field</c>) each with optional asc/desc.</summary>
internal static partial class OrderByParser
{
    public static IReadOnlyList<SortKey>? Parse(string? orderBy, IReadOnlyList<SelectColumn> select, ColumnResolver resolver)
    {
        if (string.IsNullOrWhiteSpace(orderBy))
        {
            return null;
        }

        var keys = new List<SortKey>();
        foreach (var part in orderBy.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = KeyPattern().Match(part);
            if (!match.Success)
            {
                throw FrappeException.FieldNotPermitted(part);
            }

            var column = match.Groups["column"].Value;
            var descending = string.Equals(match.Groups["direction"].Value, "desc", StringComparison.OrdinalIgnoreCase);
            var alias = select.FirstOrDefault(s => string.Equals(s.Key, column.Trim('`'), StringComparison.Ordinal)
                && !string.Equals(s.Key, s.Column.Field.Name, StringComparison.Ordinal));
            keys.Add(new SortKey(alias?.Column ?? resolver.Resolve(column), descending));
        }

        return keys;
    }

    [GeneratedRegex(@"^(?<column>.+?)(?:\s+(?<direction>asc|desc))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
