namespace Promise.ErpClient.Webhooks;

/// <summary>Cache invalidation from ERPNext webhooks (erpnext-api.md §7).</summary>
public interface IWebhookHandler
{
    /// <summary>True when <c>Erp:WebhookSecret</c> is configured (the endpoint exists only then).</summary>
    bool Enabled { get; }

    /// <summary>
    /// Verifies <paramref name="signatureHeader"/> (Base64 HMAC-SHA256 of the raw body, constant-time) and,
    /// when valid, evicts the affected items from L1 and L2 and tells every other instance.
    /// </summary>
    /// <returns>What happened, for the HTTP answer.</returns>
    ValueTask<WebhookOutcome> HandleAsync(ReadOnlyMemory<byte> rawBody, string? signatureHeader, CancellationToken cancellationToken);
}
