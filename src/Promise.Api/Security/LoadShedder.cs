using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Promise.Api.Configuration;

namespace Promise.Api.Security;

/// <summary>The instance-wide concurrency limiter of <see cref="LoadSheddingFilter"/>.</summary>
internal sealed class LoadShedder(IOptions<ApiOptions> options) : IDisposable
{
    public ConcurrencyLimiter Limiter { get; } = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.EffectiveMaxConcurrentRequests,
        QueueLimit = 0,
    });

    public void Dispose() => Limiter.Dispose();
}
