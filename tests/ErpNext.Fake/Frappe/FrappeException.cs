namespace ErpNext.Fake.Frappe;

/// <summary>
/// A Frappe error the fake answers with: HTTP status, <c>exc_type</c>, and the user-facing
/// message that goes into <c>_server_messages</c> (null = none, as for a bare PermissionError).
/// </summary>
internal sealed class FrappeException : Exception
{
    public FrappeException(int status, string excType, string? userMessage, string module = "frappe.exceptions")
        : base(userMessage ?? excType)
    {
        Status = status;
        ExcType = excType;
        UserMessage = userMessage;
        Module = module;
    }

    public FrappeException()
        : this(500, "Exception", null)
    {
    }

    public FrappeException(string message)
        : this(500, "Exception", message)
    {
    }

    public FrappeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 500;
        ExcType = "Exception";
        UserMessage = message;
        Module = "builtins";
    }

    public int Status { get; }

    public string ExcType { get; }

    public string? UserMessage { get; }

    /// <summary>Python module of the exception class, shown in <c>exception</c>.</summary>
    public string Module { get; }

    public static FrappeException FieldNotPermitted(string field) =>
        new(417, "DataError", $"Field not permitted in query: {field}");

    public static FrappeException Validation(string message) => new(417, "ValidationError", message);

    public static FrappeException Permission(string? message = null) => new(403, "PermissionError", message);

    public static FrappeException NotFound(string message) => new(404, "DoesNotExistError", message);

    /// <summary>What Python's json.loads raises on bad <c>fields</c>/<c>filters</c>: an unhandled 500.</summary>
    public static FrappeException JsonDecode(string detail) => new(500, "JSONDecodeError", null, "json.decoder") { JsonDetail = detail };

    public string? JsonDetail { get; private init; }
}
