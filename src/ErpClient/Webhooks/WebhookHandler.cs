using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Promise.ErpClient.Caching;
using Promise.ErpClient.Configuration;
using Promise.ErpClient.Observability;

namespace Promise.ErpClient.Webhooks;

/// <summary>
/// Verifies <c>X-Frappe-Webhook-Signature</c> (Base64 HMAC-SHA256 of the raw body, compared in constant time)
/// and invalidates the items a Stock Ledger Entry / Purchase Order / Sales Order payload names (erpnext-api.md §7).
/// </summary>
internal sealed class WebhookHandler(IOptions<ErpOptions> options, ICacheInvalidator invalidator, ILogger<WebhookHandler> logger) : IWebhookHandler
{
    private readonly byte[]? _secret = string.IsNullOrEmpty(options.Value.WebhookSecret) ? null : Encoding.UTF8.GetBytes(options.Value.WebhookSecret);

    public bool Enabled => _secret is not null;

    public async ValueTask<WebhookOutcome> HandleAsync(ReadOnlyMemory<byte> rawBody, string? signatureHeader, CancellationToken cancellationToken)
    {
        if (!Verify(rawBody.Span, signatureHeader))
        {
            Log.WebhookRejected(logger, "bad signature");
            return WebhookOutcome.BadSignature;
        }

        if (!WebhookPayload.TryParse(rawBody, out var doctype, out var itemCodes))
        {
            Log.WebhookRejected(logger, "unreadable payload");
            return WebhookOutcome.BadPayload;
        }

        if (itemCodes.Count == 0)
        {
            return WebhookOutcome.Ignored;
        }

        await invalidator.InvalidateItemsAsync(itemCodes, cancellationToken);
        Log.WebhookInvalidated(logger, itemCodes.Count, doctype);
        return WebhookOutcome.Invalidated;
    }

    private bool Verify(ReadOnlySpan<byte> body, string? signatureHeader)
    {
        if (_secret is null || string.IsNullOrWhiteSpace(signatureHeader))
        {
            return false;
        }

        Span<byte> given = stackalloc byte[64];
        if (!Convert.TryFromBase64String(signatureHeader.Trim(), given, out var written))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_secret, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given[..written]);
    }
}
