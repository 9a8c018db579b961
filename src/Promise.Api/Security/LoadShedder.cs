using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Promise.Api.Configuration;

namespace Promise.Api.Security;

/// <summary>The instance-wide state of <see cref="LoadSheddingFilter"/>: its concurrency limiter and how many promise requests are in progress.</summary>
internal sealed class LoadShedder(IOptions<ApiOptions> options) : IDisposable
{
    private int _inProgress;

    public ConcurrencyLimiter Limiter { get; } = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.EffectiveMaxConcurrentRequests,
        QueueLimit = 0,
    });

    /// <summary>
    /// Promise requests in progress at or above which a queueing delay is this instance's own load (4 × cores):
    /// with fewer, a delay has another cause (threads blocked at start-up, another process) that shedding
    /// would not relieve.
    /// </summary>
    public int BusyFloor { get; init; } = 4 * Environment.ProcessorCount;

    /// <summary>Promise requests past the shedding filter and not finished.</summary>
    public int InProgress => Volatile.Read(ref _inProgress);

    public void Started() => Interlocked.Increment(ref _inProgress);

    public void Finished() => Interlocked.Decrement(ref _inProgress);

    public void Dispose() => Limiter.Dispose();
}
