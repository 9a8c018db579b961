using Microsoft.Extensions.Time.Testing;
using Promise.Api.Security;

namespace Promise.Api.Tests.Security;

public sealed class QueueDelayMonitorTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void CurrentDelay_NoProbeYet_IsZero()
    {
        var monitor = new QueueDelayMonitor(_clock);

        Assert.Equal(TimeSpan.Zero, monitor.CurrentDelay());
        Assert.False(monitor.ProbePending);
    }

    [Fact]
    public void CurrentDelay_FirstProbeStillWaiting_IsNotAQueueYet()
    {
        var monitor = new QueueDelayMonitor(_clock);
        monitor.ProbeSent(_clock.GetTimestamp());

        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.True(monitor.ProbePending);
        Assert.Equal(TimeSpan.Zero, monitor.CurrentDelay());
    }

    [Fact]
    public void CurrentDelay_ProbeWaitingAfterASlowOne_IsTheSmallerOfTheTwoAtOnce()
    {
        var monitor = new QueueDelayMonitor(_clock);
        Probe(monitor, TimeSpan.FromMilliseconds(180));
        monitor.ProbeSent(_clock.GetTimestamp());

        _clock.Advance(TimeSpan.FromMilliseconds(120));
        Assert.Equal(TimeSpan.FromMilliseconds(120), monitor.CurrentDelay());
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(TimeSpan.FromMilliseconds(180), monitor.CurrentDelay());
    }

    [Fact]
    public void CurrentDelay_OneSlowProbeAmongFastOnes_IsNotAQueue()
    {
        var monitor = new QueueDelayMonitor(_clock);
        Probe(monitor, TimeSpan.FromMilliseconds(1));
        Probe(monitor, TimeSpan.FromMilliseconds(300));

        Assert.Equal(TimeSpan.FromMilliseconds(1), monitor.CurrentDelay());
    }

    [Fact]
    public void CurrentDelay_TwoSlowProbesInARow_IsTheSmallerDelay_UntilAFastOneRuns()
    {
        var monitor = new QueueDelayMonitor(_clock);
        Probe(monitor, TimeSpan.FromMilliseconds(200));
        Probe(monitor, TimeSpan.FromMilliseconds(150));
        Assert.Equal(TimeSpan.FromMilliseconds(150), monitor.CurrentDelay());

        Probe(monitor, TimeSpan.FromMilliseconds(2));

        Assert.Equal(TimeSpan.FromMilliseconds(2), monitor.CurrentDelay());
    }

    [Fact]
    public void ProbeRan_WithoutAPendingProbe_ChangesNothing()
    {
        var monitor = new QueueDelayMonitor(_clock);
        Probe(monitor, TimeSpan.FromMilliseconds(120));
        Probe(monitor, TimeSpan.FromMilliseconds(130));

        monitor.ProbeRan(_clock.GetTimestamp());

        Assert.Equal(TimeSpan.FromMilliseconds(120), monitor.CurrentDelay());
    }

    private void Probe(QueueDelayMonitor monitor, TimeSpan delay)
    {
        monitor.ProbeSent(_clock.GetTimestamp());
        _clock.Advance(delay);
        monitor.ProbeRan(_clock.GetTimestamp());
    }
}
