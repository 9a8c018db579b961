using System.Text.Encodings.Web;
using System.Text.Json;

namespace ErpNext.Fake.Frappe;

/// <summary>Python's json.dumps escapes only what JSON requires (<c>\"</c>, not <c>\u0022</c>); so do we.</summary>
internal static class FrappeJsonOptions
{
    public static JsonWriterOptions Writer { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonSerializerOptions Serializer { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
