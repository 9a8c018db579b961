using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ErpNext.Fake.Schema;

namespace ErpNext.Fake.Data;

/// <summary>Reads the fixture format of api-contract.md: an object keyed by doctype, child tables nested.</summary>
internal static class FixtureLoader
{
    private static readonly Dictionary<string, string> NamingFields = new(StringComparer.OrdinalIgnoreCase)
    {
        [BuiltInSchemas.Item] = "item_code",
        [BuiltInSchemas.Company] = "company_name",
        [BuiltInSchemas.HolidayList] = "holiday_list_name",
        [BuiltInSchemas.Warehouse] = "warehouse_name",
    };

    public static FixtureData Load(string json) => Load(Encoding.UTF8.GetBytes(json));

    public static FixtureData Load(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { AllowTrailingCommas = true });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("A fixture is a JSON object keyed by doctype.");
        }

        var schemas = BuiltInSchemas.All.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var documents = new Dictionary<string, IReadOnlyList<Document>>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"Fixture doctype '{property.Name}' must be a list of documents.");
            }

            var schema = schemas.GetValueOrDefault(property.Name) ?? new DocTypeSchema(property.Name, false, []);
            schema = schema.WithExtraFields(InferFields(schema, property.Value.EnumerateArray()));
            foreach (var (tableField, childDoctype) in schema.ChildTables)
            {
                var childRows = property.Value.EnumerateArray()
                    .Where(d => d.ValueKind == JsonValueKind.Object && d.TryGetProperty(tableField, out var rows) && rows.ValueKind == JsonValueKind.Array)
                    .SelectMany(d => d.GetProperty(tableField).EnumerateArray());
                schemas[childDoctype] = schemas[childDoctype].WithExtraFields(InferFields(schemas[childDoctype], childRows));
            }

            schemas[schema.Name] = schema;
            documents[schema.Name] = [.. property.Value.EnumerateArray().Select((d, i) => BuildDocument(schema, schemas, d, i))];
        }

        return new FixtureData(schemas, documents);
    }

    private static List<FieldDef> InferFields(DocTypeSchema schema, IEnumerable<JsonElement> docs)
    {
        var seen = new Dictionary<string, FieldDef>(StringComparer.Ordinal);
        foreach (var doc in docs.Where(d => d.ValueKind == JsonValueKind.Object))
        {
            foreach (var property in doc.EnumerateObject())
            {
                if (schema.Find(property.Name) is not null || schema.ChildTables.ContainsKey(property.Name) || seen.ContainsKey(property.Name))
                {
                    continue;
                }

                FieldType? type = property.Value.ValueKind switch
                {
                    JsonValueKind.Number => FieldType.Float,
                    JsonValueKind.True or JsonValueKind.False => FieldType.Check,
                    JsonValueKind.String => FieldType.Data,
                    _ => null,
                };
                if (type is { } known)
                {
                    seen[property.Name] = new FieldDef(property.Name, known);
                }
            }
        }

        return [.. seen.Values];
    }

    private static Document BuildDocument(DocTypeSchema schema, Dictionary<string, DocTypeSchema> schemas, JsonElement json, int index)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"Every '{schema.Name}' entry must be a JSON object.");
        }

        var values = new Values(schema, json);
        var name = values["name"] as string;
        if (string.IsNullOrEmpty(name))
        {
            name = NamingFields.TryGetValue(schema.Name, out var namingField) && values[namingField] is string named
                ? named
                : StableHash($"{schema.Name}/{index}");
            values["name"] = name;
        }

        if (NamingFields.TryGetValue(schema.Name, out var naming) && values[naming] is null)
        {
            values[naming] = name;
        }

        var children = new Dictionary<string, IReadOnlyList<Document>>(StringComparer.Ordinal);
        foreach (var (tableField, childDoctype) in schema.ChildTables)
        {
            if (json.TryGetProperty(tableField, out var rows) && rows.ValueKind == JsonValueKind.Array)
            {
                children[tableField] = [.. rows.EnumerateArray().Select((row, i) => BuildChild(schemas[childDoctype], schema.Name, name, tableField, row, i))];
            }
        }

        return new Document(schema, values.Array, children);
    }

    private static Document BuildChild(DocTypeSchema schema, string parentType, string parent, string tableField, JsonElement json, int index)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"Every '{schema.Name}' row must be a JSON object.");
        }

        var values = new Values(schema, json);
        values["parent"] = parent;
        values["parenttype"] = parentType;
        values["parentfield"] = tableField;
        if (values["idx"] is null or 0L)
        {
            values["idx"] = (long)index + 1;
        }

        if (values["name"] is not string { Length: > 0 })
        {
            values["name"] = StableHash($"{parentType}/{parent}/{tableField}/{index}");
        }

        return new Document(schema, values.Array);
    }

    /// <summary>Frappe names Bins and child rows with 10 random hex characters; ours are stable hashes.</summary>
    private static string StableHash(string seed) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..10];
}
