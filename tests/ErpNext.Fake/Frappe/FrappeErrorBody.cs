using System.Text;
using System.Text.Json;

namespace ErpNext.Fake.Frappe;

/// <summary>Builds error bodies in Frappe v14/v15's shape (see erpnext-api.md §5).</summary>
internal static class FrappeErrorBody
{
    /// <summary>Frappe sends no traceback and no exception text with 404s.</summary>
    public static byte[] Build(FrappeException error)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, FrappeJsonOptions.Writer))
        {
            writer.WriteStartObject();
            writer.WriteString("exc_type", error.ExcType);
            if (error.Status != 404)
            {
                var detail = error.JsonDetail ?? error.UserMessage;
                var exception = detail is null ? $"{error.Module}.{error.ExcType}" : $"{error.Module}.{error.ExcType}: {detail}";
                writer.WriteString("exception", exception);
                writer.WriteString("exc", JsonSerializer.Serialize(new[] { Traceback(exception) }, FrappeJsonOptions.Serializer));
            }

            if (error.UserMessage is not null)
            {
                writer.WriteString("_server_messages", ServerMessages(error.UserMessage));
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Encoded twice, like Frappe: a JSON string holding a JSON list of JSON strings of <c>{"message": ...}</c>.</summary>
    public static string ServerMessages(string message)
    {
        var inner = JsonSerializer.Serialize(new Dictionary<string, string> { ["message"] = message }, FrappeJsonOptions.Serializer);
        return JsonSerializer.Serialize(new[] { inner }, FrappeJsonOptions.Serializer);
    }

    private static string Traceback(string exception)
    {
        var text = new StringBuilder();
        text.Append("Traceback (most recent call last):\n");
        text.Append("  File \"apps/frappe/frappe/app.py\", line 114, in application\n    response = frappe.api.handle(request)\n");
        text.Append("  File \"apps/frappe/frappe/api/v1.py\", line 36, in get_list\n    return frappe.call(frappe.client.get_list, **args)\n");
        text.Append("  File \"apps/frappe/frappe/model/db_query.py\", line 1127, in ").Append(FakeErpNextServer.TracebackMarker).Append('\n');
        text.Append("    site_config = {\"db_password\": \"fake-db-password\"}\n");
        text.Append(exception).Append('\n');
        return text.ToString();
    }
}
