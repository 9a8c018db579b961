using System.Diagnostics.CodeAnalysis;

namespace ErpNext.Fake;

/// <summary>
/// A failure the fake answers with instead of the real response (see <see cref="FakeErpNextControls.InjectFault"/>).
/// Create one of the nested records, e.g. <c>new FakeFault.Status(503)</c> or <c>new FakeFault.RateLimited(2)</c>.
/// </summary>
[SuppressMessage("Design", "CA1034:Nested types should not be visible", Justification = "Reads as a closed union: FakeFault.Status, FakeFault.Hang, ...")]
public abstract record FakeFault
{
    private protected FakeFault()
    {
    }

    /// <summary>That HTTP status with Frappe's error body for it (502/504 get nginx's HTML page, as behind a proxy).</summary>
    public sealed record Status(int Code) : FakeFault;

    /// <summary>429 TooManyRequestsError with a <c>Retry-After</c> header in whole seconds.</summary>
    public sealed record RateLimited(int RetryAfterSeconds) : FakeFault;

    /// <summary>The connection is aborted before any response (the client sees a reset / IOException).</summary>
    public sealed record ConnectionReset : FakeFault;

    /// <summary>200 with a Content-Length larger than the bytes sent, then the connection is aborted.</summary>
    public sealed record Truncated : FakeFault;

    /// <summary>200 application/json whose body is not valid JSON.</summary>
    public sealed record Malformed : FakeFault;

    /// <summary>No response until the client gives up (or the server stops).</summary>
    public sealed record Hang : FakeFault;
}
