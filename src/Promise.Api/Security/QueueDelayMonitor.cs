namespace Promise.Api.Security;

/// <summary>
/// How long work currently waits in the thread pool's queue before it runs: the queue where requests
/// wait, before Kestrel has parsed them, when the instance has more work than CPU. <see cref="QueueDelayProbe"/>
/// queues one probe at a time and reports when it was sent and when it ran. The estimate is the smaller of
/// the last two observations, the waiting probe's age counting as the newest one: a queue shows once two
/// probes in a row waited (a standing queue, reported as soon as the second has waited long, before it
/// runs), while one slow probe alone (a garbage collection, threads blocked at start-up) does not count.
/// </summary>
/// <remarks>
/// Physical time on purpose: the clock is <see cref="TimeProvider.System"/> in production whatever clock the
/// business logic uses (a test's fake clock jumping hours must not look like a queue).
/// </remarks>
internal sealed class QueueDelayMonitor(TimeProvider clock)
{
    private long _pendingSince;
    private long _lastDelayTicks;
    private long _previousDelayTicks;

    public TimeProvider Clock { get; } = clock;

    /// <summary>True while a probe waits in the queue (the probe sends at most one at a time).</summary>
    public bool ProbePending => Volatile.Read(ref _pendingSince) != 0;

    /// <summary>A probe was queued at <paramref name="timestamp"/> (a <see cref="Clock"/> timestamp).</summary>
    public void ProbeSent(long timestamp) => Volatile.Write(ref _pendingSince, Math.Max(timestamp, 1));

    /// <summary>The pending probe started running at <paramref name="timestamp"/>.</summary>
    public void ProbeRan(long timestamp)
    {
        var sent = Volatile.Read(ref _pendingSince);
        if (sent == 0)
        {
            return;
        }

        var delay = Clock.GetElapsedTime(sent, timestamp).Ticks;
        Volatile.Write(ref _previousDelayTicks, Volatile.Read(ref _lastDelayTicks));
        Volatile.Write(ref _lastDelayTicks, Math.Max(delay, 0));
        Volatile.Write(ref _pendingSince, 0);
    }

    /// <summary>The current estimate of the queue's delay.</summary>
    public TimeSpan CurrentDelay()
    {
        var last = Volatile.Read(ref _lastDelayTicks);
        var sent = Volatile.Read(ref _pendingSince);
        var newest = sent == 0 ? last : Clock.GetElapsedTime(sent).Ticks;
        var older = sent == 0 ? Volatile.Read(ref _previousDelayTicks) : last;
        return TimeSpan.FromTicks(Math.Max(Math.Min(newest, older), 0));
    }
}
