using System.Text.Json;
using ErpNext.Fake.Data;
using ErpNext.Fake.Frappe;
using ErpNext.Fake.Schema;

namespace ErpNext.Fake.Query;

/// <summary>Compiles one <c>[field, operator, value]</c> into a predicate with Frappe/MariaDB semantics.</summary>
internal static class FilterPredicates
{
    public const string SupportedOperators = "=, !=, >, <, >=, <=, like, not like, in, not in, is, between, descendants of, ancestors of, not descendants of, not ancestors of";

    public static FilterCondition Build(ResolvedColumn column, string op, JsonElement value)
    {
        var type = column.Field.Type;
        var fallback = ValueComparer.Fallback(type);
        var normalized = op.Trim().ToLowerInvariant();
        return normalized switch
        {
            "=" => Compare(column, normalized, value, c => c == 0) with { EqualityKeys = TextKeys(type, [Scalar(value, type)]) },
            "!=" => Compare(column, normalized, value, c => c != 0),
            ">" => Compare(column, normalized, value, c => c > 0),
            "<" => Compare(column, normalized, value, c => c < 0),
            ">=" => Compare(column, normalized, value, c => c >= 0),
            "<=" => Compare(column, normalized, value, c => c <= 0),
            "like" or "not like" => Like(column, normalized, value),
            "in" => In(column, normalized, value, true),
            "not in" => In(column, normalized, value, false),
            "is" => Is(column, value, fallback),
            "between" => Between(column, value),
            _ => throw FrappeException.Validation($"Operator must be one of {SupportedOperators}: {op}"),
        };
    }

    private static FilterCondition Compare(ResolvedColumn column, string op, JsonElement value, Func<int, bool> accept)
    {
        var type = column.Field.Type;
        var rhs = Scalar(value, type);
        var fallback = ValueComparer.Fallback(type);
        return new FilterCondition(column, op, v => accept(ValueComparer.Compare(v ?? fallback, rhs, type)));
    }

    private static FilterCondition Like(ResolvedColumn column, string op, JsonElement value)
    {
        var pattern = LikePattern.ToRegex(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ToString());
        var positive = op == "like";
        return new FilterCondition(column, op, v => pattern.IsMatch(v is null ? string.Empty : ValueComparer.Text(v)) == positive);
    }

    private static FilterCondition In(ResolvedColumn column, string op, JsonElement value, bool positive)
    {
        var type = column.Field.Type;
        var items = ListItems(value);
        // Frappe turns an empty list into ('') so that `in []` matches empty and null columns.
        if (items.Count == 0)
        {
            items = [string.Empty];
        }

        var fallback = ValueComparer.Fallback(type);
        var typed = items.Select(i => ValueCoercion.FromText(i.Trim(), type) ?? fallback).ToList();
        if (type is FieldType.Float or FieldType.Int or FieldType.Check)
        {
            var numbers = typed.Select(ValueComparer.ToDouble).ToHashSet();
            return new FilterCondition(column, op, v => numbers.Contains(ValueComparer.ToDouble(v ?? fallback)) == positive);
        }

        var texts = typed.Select(t => ValueComparer.Text(t).TrimEnd()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new FilterCondition(column, op, v => texts.Contains(ValueComparer.Text(v ?? fallback).TrimEnd()) == positive)
        {
            EqualityKeys = positive ? TextKeys(type, typed) : null,
        };
    }

    private static FilterCondition Is(ResolvedColumn column, JsonElement value, object fallback)
    {
        var wanted = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim().ToLowerInvariant() : value.ToString();
        if (wanted is not ("set" or "not set"))
        {
            throw FrappeException.Validation($"Value for 'is' must be 'set' or 'not set': {value}");
        }

        // ifnull(col, '') != '': MariaDB casts '' to 0 for numbers, so 0 counts as "not set".
        var type = column.Field.Type;
        bool IsSet(object? v) => v is not null && ValueComparer.Compare(v, fallback, type) != 0 &&
            (type is FieldType.Float or FieldType.Int or FieldType.Check || ValueComparer.Text(v).Trim().Length > 0);
        return wanted == "set"
            ? new FilterCondition(column, "is", IsSet)
            : new FilterCondition(column, "is", v => !IsSet(v));
    }

    private static FilterCondition Between(ResolvedColumn column, JsonElement value)
    {
        var items = ListItems(value);
        if (items.Count != 2)
        {
            throw FrappeException.Validation($"'between' needs two values: {value}");
        }

        var type = column.Field.Type;
        var from = ValueCoercion.FromText(items[0], type)!;
        var toText = type == FieldType.Datetime && items[1].Trim().Length == 10 ? items[1].Trim() + " 23:59:59.999999" : items[1];
        var to = ValueCoercion.FromText(toText, type)!;
        var fallback = ValueComparer.Fallback(type);
        return new FilterCondition(column, "between", v =>
        {
            var actual = v ?? fallback;
            return ValueComparer.Compare(actual, from, type) >= 0 && ValueComparer.Compare(actual, to, type) <= 0;
        });
    }

    private static object Scalar(JsonElement value, FieldType type) => value.ValueKind switch
    {
        JsonValueKind.Array or JsonValueKind.Object => throw FrappeException.Validation($"Invalid filter value: {value.GetRawText()}"),
        JsonValueKind.String when type == FieldType.Date && value.GetString()!.Trim().Length > 10 => value.GetString()!.Trim()[..10],
        _ => ValueCoercion.FromJson(value, type) ?? ValueComparer.Fallback(type),
    };

    /// <summary>A JSON list, or a comma-separated string as Frappe also accepts.</summary>
    private static List<string> ListItems(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => [.. value.EnumerateArray().Select(e => e.ValueKind switch
        {
            JsonValueKind.String => e.GetString()!,
            JsonValueKind.Null => string.Empty,
            _ => e.GetRawText(),
        })],
        JsonValueKind.String => [.. value.GetString()!.Split(',')],
        JsonValueKind.Null => [],
        _ => [value.GetRawText()],
    };

    private static IReadOnlyList<string>? TextKeys(FieldType type, IEnumerable<object> values) =>
        type is FieldType.Data or FieldType.Link ? [.. values.Select(ValueComparer.Text)] : null;
}
