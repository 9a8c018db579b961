using System.Security.Cryptography;
using System.Text;

namespace Promise.Reliability.Tests.Infrastructure;

/// <summary>ERPNext's webhook calls: Base64(HMAC-SHA256(secret, raw body)) in <c>X-Frappe-Webhook-Signature</c>.</summary>
public static class WebhookCalls
{
    public const string SignatureHeader = "X-Frappe-Webhook-Signature";

    /// <summary>A Stock Ledger Entry <c>after_insert</c> payload as the documented template renders it.</summary>
    public static string StockLedgerEntry(string itemCode) =>
        $$"""{"doctype": "Stock Ledger Entry", "item_code": "{{itemCode}}", "warehouse": "{{SiteData.Stores}}"}""";

    public static string Sign(string body, string secret = SecretValues.WebhookSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    /// <summary>Posts <paramref name="body"/> with <paramref name="signature"/> (none when null), as ERPNext does: no content type.</summary>
    public static Task<ApiAnswer> WebhookAsync(this HttpClient client, string body, string? signature) =>
        client.PostAsync("/erp/webhooks", Encoding.UTF8.GetBytes(body), contentType: null, signature is null ? [] : [(SignatureHeader, signature)]);
}
