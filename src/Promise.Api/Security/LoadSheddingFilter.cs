using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Promise.Api.Configuration;
using Promise.Api.Errors;

namespace Promise.Api.Security;

/// <summary>
/// Load shedding for the promise endpoints, answered 503 with Retry-After at once instead of queueing behind
/// work the instance cannot finish in time: a request that already waited longer than <c>Api:MaxQueueTime</c>
/// before reaching its endpoint (the thread pool's queue at its arrival plus its time in the pipeline) while the
/// instance is busy (<see cref="LoadShedder.BusyFloor"/> promise requests in progress), and a request over
/// <c>Api:MaxConcurrentRequests</c> (a concurrency limiter with no queue). The permit is held until the handler
/// (including a bulk stream) returns.
/// </summary>
internal sealed class LoadSheddingFilter(LoadShedder shedder, LoadSheddingMetrics metrics, TimeProvider timeProvider, IOptions<ApiOptions> options)
    : IEndpointFilter
{
    private readonly TimeSpan _maxQueueTime = options.Value.MaxQueueTime;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (_maxQueueTime > TimeSpan.Zero
            && shedder.InProgress >= shedder.BusyFloor
            && http.Features.Get<RequestArrival>() is { } arrival
            && arrival.QueuedBefore + timeProvider.GetElapsedTime(arrival.Timestamp) > _maxQueueTime)
        {
            metrics.RecordShed(LoadSheddingMetrics.ReasonQueueTime);
            return Problems.QueuedTooLong().ToResult(http);
        }

        using RateLimitLease lease = shedder.Limiter.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            metrics.RecordShed(LoadSheddingMetrics.ReasonConcurrency);
            return Problems.Overloaded().ToResult(http);
        }

        shedder.Started();
        try
        {
            return await next(context);
        }
        finally
        {
            shedder.Finished();
        }
    }
}
