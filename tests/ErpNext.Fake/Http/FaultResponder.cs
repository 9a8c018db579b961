using System.Text;
using ErpNext.Fake.Frappe;
using Microsoft.Net.Http.Headers;

namespace ErpNext.Fake.Http;

/// <summary>Plays an injected <see cref="FakeFault"/> on the wire.</summary>
internal static class FaultResponder
{
    private static readonly byte[] TruncatedBody = Encoding.UTF8.GetBytes(
        "{\"data\":[" + string.Join(',', Enumerable.Range(1, 200).Select(i => $"{{\"name\":\"ROW-{i:D5}\",\"actual_qty\":{i}.0}}")) + "]}");

    private static readonly byte[] MalformedBody = Encoding.UTF8.GetBytes("{\"data\":[{\"name\":\"ROW-00001\",\"actual_qty\":5.0},{\"name\":");

    public static async Task PlayAsync(HttpContext context, FakeFault fault, CancellationToken stopping)
    {
        switch (fault)
        {
            case FakeFault.Status status:
                await StatusAsync(context, status.Code);
                break;
            case FakeFault.RateLimited limited:
                var seconds = limited.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.Headers[HeaderNames.RetryAfter] = seconds;

                // Frappe's limiter budgets server time in microseconds per window and reports it on every response.
                context.Response.Headers["X-RateLimit-Limit"] = "600000000";
                context.Response.Headers["X-RateLimit-Remaining"] = "0";
                context.Response.Headers["X-RateLimit-Reset"] = seconds;
                await FrappeResponse.WriteErrorAsync(context, new FrappeException(429, "TooManyRequestsError", "You hit the rate limit because of too many requests. Please try after sometime."));
                break;
            case FakeFault.ConnectionReset:
                context.Abort();
                break;
            case FakeFault.Truncated:
                context.Response.ContentType = "application/json";
                context.Response.ContentLength = TruncatedBody.Length;
                await context.Response.Body.WriteAsync(TruncatedBody.AsMemory(0, TruncatedBody.Length / 2), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                context.Abort();
                break;
            case FakeFault.Malformed:
                await FrappeResponse.WriteJsonAsync(context, 200, MalformedBody);
                break;
            case FakeFault.Hang:
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping))
                {
                    await Task.Delay(Timeout.Infinite, linked.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }

                context.Abort();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown fault");
        }
    }

    private static Task StatusAsync(HttpContext context, int code)
    {
        if (code is 502 or 504)
        {
            // nginx in front of gunicorn answers these with its own HTML page.
            context.Response.StatusCode = code;
            context.Response.ContentType = "text/html";
            var title = code == 502 ? "502 Bad Gateway" : "504 Gateway Time-out";
            return context.Response.WriteAsync($"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
        }

        var error = code switch
        {
            401 => new FrappeException(401, "AuthenticationError", null),
            403 => FrappeException.Permission(),
            404 => FrappeException.NotFound("Not found"),
            417 => FrappeException.Validation("Validation failed"),
            429 => new FrappeException(429, "TooManyRequestsError", "You hit the rate limit because of too many requests. Please try after sometime."),
            503 => new FrappeException(503, "SessionStopped", "Session Stopped: the site is in maintenance mode."),
            _ => new FrappeException(code, "Exception", null, "builtins"),
        };
        return FrappeResponse.WriteErrorAsync(context, error);
    }
}
