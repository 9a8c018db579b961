namespace Promise.ErpClient.Webhooks;

/// <summary>Result of handling one webhook delivery.</summary>
public enum WebhookOutcome
{
    /// <summary>Signature valid; the items named were invalidated (200).</summary>
    Invalidated,

    /// <summary>Signature valid but nothing we cache is affected (200).</summary>
    Ignored,

    /// <summary>Missing or wrong signature (401).</summary>
    BadSignature,

    /// <summary>Signature valid but the body is not a payload we understand (400).</summary>
    BadPayload,
}
