using System.Text.Json;
using ErpNext.Fake.Schema;

namespace ErpNext.Fake.Data;

/// <summary>A document's value array while it is being loaded, addressable by field name.</summary>
internal sealed class Values
{
    private readonly DocTypeSchema _schema;

    public Values(DocTypeSchema schema, JsonElement json)
    {
        _schema = schema;
        Array = new object?[schema.Fields.Count];
        foreach (var property in json.EnumerateObject())
        {
            var ordinal = schema.Ordinal(property.Name);
            if (ordinal >= 0)
            {
                Array[ordinal] = ValueCoercion.FromJson(property.Value, schema.Fields[ordinal].Type);
            }
        }
    }

    public object?[] Array { get; }

    public object? this[string field]
    {
        get => Array[_schema.Ordinal(field)];
        set => Array[_schema.Ordinal(field)] = value;
    }
}
