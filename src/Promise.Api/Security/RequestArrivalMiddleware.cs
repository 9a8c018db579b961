namespace Promise.Api.Security;

/// <summary>Stamps each request with its <see cref="RequestArrival"/>; the first middleware of the pipeline (<see cref="RequestArrivalStartupFilter"/>).</summary>
internal sealed class RequestArrivalMiddleware(RequestDelegate next, QueueDelayMonitor monitor, TimeProvider timeProvider)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Features.Set(new RequestArrival(timeProvider.GetTimestamp(), monitor.CurrentDelay()));
        return next(context);
    }
}
