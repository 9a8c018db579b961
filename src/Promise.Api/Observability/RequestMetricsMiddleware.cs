namespace Promise.Api.Observability;

/// <summary>
/// Records <c>otp_requests_total</c> and <c>otp_request_duration_seconds</c> for <c>/otp/*</c>
/// requests, labelled with the route template. Registered first, it sees the final status (after
/// exception handlers and load shedding) and times a streamed response to its last byte. The
/// route is read before the rest of the pipeline runs (an exception handler clears it) and,
/// failing that, after (when routing runs later in the pipeline).
/// </summary>
internal sealed class RequestMetricsMiddleware(RequestDelegate next, PromiseMetrics metrics, TimeProvider timeProvider)
{
    /// <summary>Nginx's code for "client closed request": the caller gave up before an answer.</summary>
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        var start = timeProvider.GetTimestamp();
        var routeLabel = RequestEndpointLabel.OfRoute(context.GetEndpoint());
        var failed = true;
        try
        {
            await next(context);
            failed = false;
        }
        finally
        {
            if ((routeLabel ?? RequestEndpointLabel.Of(context)) is { } endpoint)
            {
                metrics.RecordRequest(endpoint, StatusOf(context, failed), timeProvider.GetElapsedTime(start));
            }
        }
    }

    /// <summary>An exception that escaped before the response started will become a 500 upstream.</summary>
    private static int StatusOf(HttpContext context, bool failed)
    {
        if (!failed || context.Response.HasStarted)
        {
            return context.Response.StatusCode;
        }

        return context.RequestAborted.IsCancellationRequested ? ClientClosedRequest : StatusCodes.Status500InternalServerError;
    }
}
