using ErpNext.Fake.Data;
using ErpNext.Fake.Frappe;
using ErpNext.Fake.Query;

namespace ErpNext.Fake.Http;

/// <summary>The read endpoints: resource list, single document, and the whitelisted methods a client needs.</summary>
internal sealed class FrappeHandlers(FakeErpNextControls controls)
{
    public byte[] List(string doctype, IReadOnlyDictionary<string, string> arguments) =>
        RunList(doctype, arguments, fromGetList: false, envelope: "data");

    public byte[] Document(string doctype, string name)
    {
        var data = controls.Data;
        var schema = data.FindSchema(doctype) ?? throw FrappeException.NotFound($"DocType {doctype} not found");
        EnsureReadable(schema.Name);
        if (schema.IsChild)
        {
            throw FrappeException.Permission();
        }

        var document = data.FindByName(schema.Name, name) ?? throw FrappeException.NotFound($"{schema.Name} {name} not found");
        return FrappeJson.Document(document, controls.IsUnsupported);
    }

    public byte[] Method(string method, IReadOnlyDictionary<string, string> arguments) => method switch
    {
        "frappe.client.get_list" => RunList(Doctype(arguments), arguments, fromGetList: true, envelope: "message"),
        "frappe.client.get_count" => Count(Doctype(arguments), arguments),
        "frappe.auth.get_logged_user" => FrappeJson.Message("api-user@example.com"),
        _ => throw FrappeException.NotFound($"Failed to get method for command {method}"),
    };

    private byte[] RunList(string doctype, IReadOnlyDictionary<string, string> arguments, bool fromGetList, string envelope)
    {
        // One snapshot per request: a concurrent ReplaceFixture must not mix old columns with new documents.
        var data = controls.Data;
        var query = Parse(data, doctype, arguments, fromGetList);
        var rows = QueryExecutor.Execute(query, data, controls.NextRequestSequence());
        return FrappeJson.Rows(envelope, query.Select, rows);
    }

    private byte[] Count(string doctype, IReadOnlyDictionary<string, string> arguments)
    {
        var all = new Dictionary<string, string>(arguments) { ["limit_page_length"] = "0", ["fields"] = "[\"name\"]" };
        all.Remove("order_by");
        var data = controls.Data;
        var rows = QueryExecutor.Execute(Parse(data, doctype, all, fromGetList: true), data, 1);
        return FrappeJson.Message(rows.Count);
    }

    private ListQuery Parse(FixtureData data, string doctype, IReadOnlyDictionary<string, string> arguments, bool fromGetList)
    {
        var schema = data.FindSchema(doctype) ?? throw FrappeException.NotFound($"DocType {doctype} not found");
        EnsureReadable(schema.Name);
        if (schema.IsChild && arguments.GetValueOrDefault("parent") is { Length: > 0 } parent)
        {
            EnsureReadable(parent);
        }

        var request = new ListRequest(
            schema.Name,
            arguments.GetValueOrDefault("fields"),
            arguments.GetValueOrDefault("filters"),
            arguments.GetValueOrDefault("or_filters"),
            arguments.GetValueOrDefault("order_by"),
            arguments.GetValueOrDefault("limit_start"),
            arguments.GetValueOrDefault("limit_page_length"),
            arguments.GetValueOrDefault("limit"),
            arguments.GetValueOrDefault("parent"),
            fromGetList);
        return ListQueryParser.Parse(request, data, controls.IsUnsupported);
    }

    private void EnsureReadable(string doctype)
    {
        if (controls.IsForbidden(doctype))
        {
            throw FrappeException.Permission($"User <strong>api-user@example.com</strong> does not have doctype access via role permission for document <strong>{doctype}</strong>");
        }
    }

    private static string Doctype(IReadOnlyDictionary<string, string> arguments) =>
        arguments.GetValueOrDefault("doctype") is { Length: > 0 } doctype
            ? doctype
            : throw new FrappeException(417, "ValidationError", "doctype is required");
}
