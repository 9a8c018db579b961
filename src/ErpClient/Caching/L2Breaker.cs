using Microsoft.Extensions.Options;
using Promise.ErpClient.Configuration;

namespace Promise.ErpClient.Caching;

/// <summary>
/// A small local breaker for Redis: after <c>Redis:FailureThreshold</c> consecutive failures L2 is skipped for
/// <c>Redis:BreakDuration</c>; then one call is let through, and a success closes it again.
/// </summary>
internal sealed class L2Breaker(IOptions<RedisOptions> options, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private int _failures;
    private DateTimeOffset _openUntil = DateTimeOffset.MinValue;

    public bool IsOpen
    {
        get
        {
            lock (_gate)
            {
                return _failures >= options.Value.FailureThreshold && timeProvider.GetUtcNow() < _openUntil;
            }
        }
    }

    public void RecordSuccess()
    {
        lock (_gate)
        {
            _failures = 0;
        }
    }

    public void RecordFailure()
    {
        lock (_gate)
        {
            _failures++;
            if (_failures >= options.Value.FailureThreshold)
            {
                _openUntil = timeProvider.GetUtcNow() + options.Value.BreakDuration;
            }
        }
    }
}
