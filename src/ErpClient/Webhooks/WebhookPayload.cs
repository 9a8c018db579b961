using System.Text.Json;

namespace Promise.ErpClient.Webhooks;

/// <summary>
/// Reads the webhook templates of erpnext-api.md §8: <c>{"doctype", "item_code", "warehouse"}</c> (Stock Ledger Entry)
/// and <c>{"doctype", "name", "items": ["SKU-1", …]}</c> (Purchase / Sales Order; objects with <c>item_code</c> also accepted).
/// </summary>
internal static class WebhookPayload
{
    public static bool TryParse(ReadOnlyMemory<byte> body, out string doctype, out IReadOnlyCollection<string> itemCodes)
    {
        doctype = string.Empty;
        itemCodes = [];
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            doctype = root.TryGetProperty("doctype", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() ?? string.Empty : string.Empty;
            var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("item_code", out var code) && code.ValueKind == JsonValueKind.String)
            {
                Add(codes, code.GetString());
            }

            if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    Add(codes, item.ValueKind switch
                    {
                        JsonValueKind.String => item.GetString(),
                        JsonValueKind.Object when item.TryGetProperty("item_code", out var c) && c.ValueKind == JsonValueKind.String => c.GetString(),
                        _ => null,
                    });
                }
            }

            itemCodes = codes;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static void Add(HashSet<string> codes, string? code)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            codes.Add(code);
        }
    }
}
