namespace Promise.ErpClient.Supply;

/// <summary>ERPNext rejected our credentials or query (401/403/417): retrying will not help; the API answers 503 without Retry-After.</summary>
public sealed class ErpRejectedException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ErpRejectedException()
    {
    }

    /// <summary>Creates the exception with a secret-free message.</summary>
    public ErpRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a secret-free message and its cause.</summary>
    public ErpRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>ERPNext's HTTP status (401, 403, 417).</summary>
    public int StatusCode { get; init; }

    /// <summary>ERPNext's <c>exc_type</c> (e.g. <c>AuthenticationError</c>), safe to show; never a traceback.</summary>
    public string ErpErrorType { get; init; } = "Unknown";
}
