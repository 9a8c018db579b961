namespace Promise.ErpClient.Supply;

/// <summary>ERPNext is unreachable (timeouts, 5xx, 429, network, open breaker) and nothing usable is cached: the API answers 503 with Retry-After.</summary>
public sealed class ErpUnavailableException : Exception
{
    public ErpUnavailableException()
    {
    }

    public ErpUnavailableException(string message)
        : base(message)
    {
    }

    public ErpUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>When a retry may succeed (breaker break remaining, ERPNext's Retry-After), if known.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
