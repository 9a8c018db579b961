using System.Globalization;
using System.Text.Json;

namespace Promise.ErpClient.Embedded;

/// <summary>Lenient readers for fixture documents: ERPNext-style JSON where absent fields take ERPNext's defaults.</summary>
internal static class JsonFields
{
    public static string? Str(JsonElement doc, string name) =>
        doc.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static decimal Dec(JsonElement doc, string name, decimal fallback = 0m)
    {
        if (!doc.TryGetProperty(name, out var v))
        {
            return fallback;
        }

        return v.ValueKind switch
        {
            JsonValueKind.Number => v.GetDecimal(),
            JsonValueKind.String when decimal.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => fallback,
        };
    }

    public static int Int(JsonElement doc, string name, int fallback = 0) => (int)Dec(doc, name, fallback);

    /// <summary>A Check field: 0/1, or a JSON boolean.</summary>
    public static bool Check(JsonElement doc, string name, bool fallback = false)
    {
        if (!doc.TryGetProperty(name, out var v))
        {
            return fallback;
        }

        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => v.GetDecimal() != 0,
            _ => fallback,
        };
    }

    public static DateOnly? Date(JsonElement doc, string name)
    {
        var s = Str(doc, name);
        return s is { Length: >= 10 } && DateOnly.TryParseExact(s.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    public static IEnumerable<JsonElement> Array(JsonElement doc, string name) =>
        doc.ValueKind == JsonValueKind.Object && doc.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
