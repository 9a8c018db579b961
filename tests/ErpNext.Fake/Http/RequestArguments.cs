using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace ErpNext.Fake.Http;

/// <summary>Frappe's <c>form_dict</c>: query string merged with a JSON or form-encoded body; JSON values stay encoded.</summary>
internal static class RequestArguments
{
    public static Dictionary<string, string> Query(IQueryCollection query)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in query)
        {
            arguments[key] = values.Count > 0 ? values[^1] ?? string.Empty : string.Empty;
        }

        return arguments;
    }

    public static Dictionary<string, string> Merge(IQueryCollection query, string? body, string? contentType)
    {
        var arguments = Query(query);
        if (string.IsNullOrWhiteSpace(body))
        {
            return arguments;
        }

        if (contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true || body.TrimStart().StartsWith('{'))
        {
            using var document = ParseOrNull(body);
            if (document?.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    arguments[property.Name] = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString()!,
                        JsonValueKind.Null => string.Empty,
                        _ => property.Value.GetRawText(),
                    };
                }
            }

            return arguments;
        }

        foreach (var (key, values) in QueryHelpers.ParseQuery(body))
        {
            arguments[key] = values.Count > 0 ? values[^1] ?? string.Empty : string.Empty;
        }

        return arguments;
    }

    private static JsonDocument? ParseOrNull(string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
