using System.Text.Json;
using ErpNext.Fake.Frappe;

namespace ErpNext.Fake.Query;

/// <summary>Python's json.loads on a request argument: anything invalid is an unhandled JSONDecodeError (HTTP 500).</summary>
internal static class JsonArgument
{
    public static JsonElement Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw FrappeException.JsonDecode($"Expecting value: line {(ex.LineNumber ?? 0) + 1} column {(ex.BytePositionInLine ?? 0) + 1}");
        }
    }
}
