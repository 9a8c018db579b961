using System.Threading.RateLimiting;
using Promise.Api.Errors;

namespace Promise.Api.Security;

/// <summary>
/// Load shedding for the promise endpoints: a concurrency limiter with no queue (<c>Api:MaxConcurrentRequests</c>).
/// Above the limit a request is answered 503 with Retry-After at once instead of queueing behind work the
/// instance cannot finish in time. The permit is held until the handler (including a bulk stream) returns.
/// </summary>
internal sealed class LoadSheddingFilter(LoadShedder shedder) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        using RateLimitLease lease = shedder.Limiter.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            return Problems.Overloaded().ToResult(context.HttpContext);
        }

        return await next(context);
    }
}
