namespace Promise.ErpClient.Http;

/// <summary>A non-success ERPNext answer, with only the safe parts of its body (never the traceback).</summary>
internal sealed class ErpHttpException : Exception
{
    public ErpHttpException()
    {
    }

    public ErpHttpException(string message)
        : base(message)
    {
    }

    public ErpHttpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ErpHttpException(int statusCode, string? excType, TimeSpan? retryAfter, bool fieldNotPermitted)
        : base($"ERPNext answered {statusCode} ({excType ?? "no exc_type"}).")
    {
        StatusCode = statusCode;
        ExcType = excType;
        RetryAfter = retryAfter;
        FieldNotPermitted = fieldNotPermitted;
    }

    public int StatusCode { get; }

    public string? ExcType { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>A 417 "Field not permitted in query" (an older site without an optional field).</summary>
    public bool FieldNotPermitted { get; }

    /// <summary>429, 500, 502, 503, 504: worth retrying (erpnext-api.md §5).</summary>
    public bool IsTransient => StatusCode is 429 or 500 or 502 or 503 or 504;

    public Promise.ErpClient.Supply.ErpRejectedException ToRejected(string query) =>
        new($"ERPNext rejected the {query} query with {StatusCode} ({ExcType ?? "no exc_type"}).", this)
        {
            StatusCode = StatusCode,
            ErpErrorType = ExcType ?? (StatusCode == 404 ? "DoesNotExistError" : "Unknown"),
        };
}
