using System.Globalization;
using System.Text.Json;
using ErpNext.Fake.Schema;

namespace ErpNext.Fake.Data;

/// <summary>Turns fixture JSON and filter values into the typed values a column holds.</summary>
internal static class ValueCoercion
{
    public static object? FromJson(JsonElement element, FieldType type) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number => FromNumber(element, type),
        JsonValueKind.True => FromNumberLike(1, type),
        JsonValueKind.False => FromNumberLike(0, type),
        JsonValueKind.String => FromText(element.GetString()!, type),
        _ => element.GetRawText(),
    };

    /// <summary>The value Frappe would compare a column of <paramref name="type"/> against (its cast of the filter value).</summary>
    public static object? FromText(string text, FieldType type) => type switch
    {
        FieldType.Float => ToDouble(text),
        FieldType.Int or FieldType.Check => (long)Math.Round(ToDouble(text), MidpointRounding.AwayFromZero),
        FieldType.Datetime => NormaliseDatetime(text),
        _ => text,
    };

    /// <summary>Frappe's <c>flt</c>: anything unparseable is 0.</summary>
    public static double ToDouble(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0.0;

    /// <summary>Frappe's <c>cint</c>: leading integer, else 0.</summary>
    public static int ToInt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        var value = ToDouble(text);
        return value is > int.MaxValue or < int.MinValue ? 0 : (int)value;
    }

    private static object FromNumber(JsonElement element, FieldType type) => type switch
    {
        FieldType.Float => element.GetDouble(),
        FieldType.Int or FieldType.Check => element.TryGetInt64(out var l) ? l : (long)Math.Round(element.GetDouble()),
        _ => element.GetRawText(),
    };

    private static object FromNumberLike(long value, FieldType type) => type switch
    {
        FieldType.Float => (double)value,
        FieldType.Int or FieldType.Check => value,
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Stored as "YYYY-MM-DD HH:MM:SS[.ffffff]" so string order is time order.</summary>
    private static string NormaliseDatetime(string text)
    {
        var trimmed = text.Trim().Replace('T', ' ');
        return trimmed.Length == 10 ? trimmed + " 00:00:00" : trimmed;
    }
}
