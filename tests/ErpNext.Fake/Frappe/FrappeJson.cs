using System.Buffers;
using System.Globalization;
using System.Text.Json;
using ErpNext.Fake.Data;
using ErpNext.Fake.Query;
using ErpNext.Fake.Schema;

namespace ErpNext.Fake.Frappe;

/// <summary>Writes values the way Frappe's JSON encoder does: floats always with a decimal point, compact.</summary>
internal static class FrappeJson
{
    /// <summary><c>{"data": [...]}</c> or, for whitelisted methods, <c>{"message": [...]}</c>.</summary>
    public static byte[] Rows(string envelope, IReadOnlyList<SelectColumn> select, IReadOnlyList<QueryRow> rows)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + (rows.Count * select.Count * 24));
        using (var writer = new Utf8JsonWriter(buffer, FrappeJsonOptions.Writer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray(envelope);
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                foreach (var column in select)
                {
                    writer.WritePropertyName(column.Key);
                    WriteValue(writer, row.Value(column.Column), column.Column.Field.Type);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><c>{"data": {...}}</c>: a whole document, null fields omitted, child tables as arrays.</summary>
    public static byte[] Document(Document document, Func<string, string, bool> isUnsupported)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, FrappeJsonOptions.Writer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            WriteDocument(writer, document, isUnsupported);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><c>{"message": value}</c> for scalar method results.</summary>
    public static byte[] Message(object value) => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["message"] = value }, FrappeJsonOptions.Serializer);

    public static void WriteValue(Utf8JsonWriter writer, object? value, FieldType type)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case double or long when type == FieldType.Float:
                writer.WriteRawValue(FormatFloat(ValueComparer.ToDouble(value)), skipInputValidation: true);
                break;
            case double d when type is FieldType.Int or FieldType.Check:
                writer.WriteNumberValue((long)d);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteRawValue(FormatFloat(d), skipInputValidation: true);
                break;
            default:
                writer.WriteStringValue(ValueComparer.Text(value));
                break;
        }
    }

    /// <summary>Python's float repr: <c>5.0</c>, <c>0.25</c>, <c>1e-05</c>.</summary>
    public static string FormatFloat(double value)
    {
        if (!double.IsFinite(value))
        {
            return "0.0";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static void WriteDocument(Utf8JsonWriter writer, Document document, Func<string, string, bool> isUnsupported)
    {
        writer.WriteStartObject();
        foreach (var field in document.Schema.Fields)
        {
            if (isUnsupported(document.Schema.Name, field.Name) || document.Get(field.Name) is not { } value)
            {
                continue;
            }

            writer.WritePropertyName(field.Name);
            WriteValue(writer, value, field.Type);
        }

        writer.WriteString("doctype", document.Schema.Name);
        foreach (var tableField in document.Schema.ChildTables.Keys)
        {
            writer.WriteStartArray(tableField);
            foreach (var child in document.ChildRows(tableField))
            {
                WriteDocument(writer, child, isUnsupported);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
