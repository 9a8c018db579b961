using System.Text.Json;
using System.Text.Json.Serialization;

namespace Promise.Api.Contracts;

/// <summary>
/// Writes decimals without trailing-zero noise (<c>6</c>, not <c>6.0</c>; <c>2.5</c>, not <c>2.50</c>):
/// quantities are exact decimals whose scale depends on how ERPNext and the caller wrote them.
/// Reading keeps System.Text.Json's strict number handling (a numeric string is an error).
/// </summary>
internal sealed class NormalizedDecimalConverter : JsonConverter<decimal>
{
    // Dividing by 1 with 28 decimal places strips the trailing zeros of the scale, keeping the exact value.
    private const decimal Normalizer = 1.0000000000000000000000000000m;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
            ? reader.GetDecimal()
            : throw new JsonException("Expected a JSON number");

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value / Normalizer);
    }
}
