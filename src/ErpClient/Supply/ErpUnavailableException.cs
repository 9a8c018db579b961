namespace Promise.ErpClient.Supply;

/// <summary>ERPNext is unreachable (timeouts, 5xx, 429, network, open breaker) and nothing usable is cached: the API answers 503 with Retry-After.</summary>
public sealed class ErpUnavailableException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ErpUnavailableException()
    {
    }

    /// <summary>Creates the exception with a secret-free message.</summary>
    public ErpUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a secret-free message and its cause.</summary>
    public ErpUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>When a retry may succeed (breaker break remaining, ERPNext's Retry-After), if known.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
