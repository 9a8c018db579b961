using Promise.ErpClient.Supply;

namespace Promise.Api.Errors;

/// <summary>The error answers of the contract, in one place so single and bulk answers say the same thing.</summary>
internal static class Problems
{
    public const string ValidationTitle = "One or more validation errors occurred.";

    /// <summary>When ERPNext gives no hint, clients retry after this long.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);

    public static ApiProblem Validation(IReadOnlyDictionary<string, string[]> errors, string detail) =>
        new(StatusCodes.Status400BadRequest, ValidationTitle, detail) { Errors = errors };

    public static ApiProblem BodyTooLarge(long maxBytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        "Payload Too Large",
        $"The request body exceeds the limit of {maxBytes} bytes (Api:MaxBodyBytes).");

    public static ApiProblem ErpUnavailable(ErpUnavailableException exception) => new(
        StatusCodes.Status503ServiceUnavailable,
        "ERPNext unavailable",
        "ERPNext cannot be reached and no usable cached data exists; retry later.")
    {
        RetryAfter = exception.RetryAfter is { } retry && retry > TimeSpan.Zero ? retry : DefaultRetryAfter,
    };

    public static ApiProblem ErpRejected(ErpRejectedException exception) => new(
        StatusCodes.Status503ServiceUnavailable,
        "ERPNext rejected the request",
        $"ERPNext rejected our credentials or query ({exception.StatusCode} {exception.ErpErrorType}); an operator must fix the ERPNext API user or its roles.");

    public static ApiProblem ShuttingDown() => new(
        StatusCodes.Status503ServiceUnavailable,
        "Service shutting down",
        "The service is shutting down; the remaining requests of this batch were not answered. Resend them.")
    {
        RetryAfter = DefaultRetryAfter,
    };

    public static ApiProblem Overloaded() => new(
        StatusCodes.Status503ServiceUnavailable,
        "Service overloaded",
        "Too many requests are in progress on this instance (Api:MaxConcurrentRequests); retry shortly.")
    {
        RetryAfter = TimeSpan.FromSeconds(1),
    };

    public static ApiProblem QueuedTooLong() => new(
        StatusCodes.Status503ServiceUnavailable,
        "Service overloaded",
        "This instance is overloaded: the request waited longer than Api:MaxQueueTime before it could start; retry shortly.")
    {
        RetryAfter = TimeSpan.FromSeconds(1),
    };

    public static ApiProblem Unexpected() => new(
        StatusCodes.Status500InternalServerError,
        "Internal Server Error",
        "An unexpected error occurred; it has been logged.");
}
