using System.Globalization;
using ErpNext.Fake.Data;
using ErpNext.Fake.Schema;

namespace ErpNext.Fake.Query;

/// <summary>MariaDB-like comparison: numbers numerically, text case-insensitively ignoring trailing spaces.</summary>
internal static class ValueComparer
{
    /// <summary>Frappe wraps filtered columns in <c>ifnull(col, fallback)</c>; these are its fallbacks.</summary>
    public static object Fallback(FieldType type) => type switch
    {
        FieldType.Float => 0.0,
        FieldType.Int or FieldType.Check => 0L,
        FieldType.Date => "0001-01-01",
        FieldType.Datetime => "0001-01-01 00:00:00",
        _ => string.Empty,
    };

    /// <summary>Sort order: nulls first (MariaDB's ascending order), then by value.</summary>
    public static int CompareForSort(object? a, object? b, FieldType type) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        _ => Compare(a, b, type),
    };

    public static int Compare(object a, object b, FieldType type) =>
        type is FieldType.Float or FieldType.Int or FieldType.Check
            ? ToDouble(a).CompareTo(ToDouble(b))
            : Text(a).AsSpan().TrimEnd().CompareTo(Text(b).AsSpan().TrimEnd(), StringComparison.OrdinalIgnoreCase);

    public static double ToDouble(object value) => value switch
    {
        double d => d,
        long l => l,
        string s => ValueCoercion.ToDouble(s),
        _ => 0.0,
    };

    public static string Text(object value) => value switch
    {
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
