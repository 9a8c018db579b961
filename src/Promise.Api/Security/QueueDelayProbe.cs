using Microsoft.Extensions.Options;
using Promise.Api.Configuration;

namespace Promise.Api.Security;

/// <summary>
/// Measures the thread pool's queueing delay for <see cref="QueueDelayMonitor"/>: every 10 ms, unless the
/// previous probe still waits, a dedicated thread (not a pool thread, so that its own timing does not wait in
/// the queue it measures) queues a tiny work item on the pool's global queue, where socket reads and request
/// continuations wait, and the item reports when it ran. Runs only when <c>Api:MaxQueueTime</c> is on.
/// </summary>
internal sealed class QueueDelayProbe(QueueDelayMonitor monitor, IOptions<ApiOptions> options) : IHostedService
{
    /// <summary>How often a probe is queued when none is waiting.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    private volatile bool _stopping;
    private Thread? _thread;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MaxQueueTime <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        _thread = new Thread(Run) { IsBackground = true, Name = "Promise queue-delay probe" };
        _thread.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        _thread?.Join(TimeSpan.FromSeconds(1));
        return Task.CompletedTask;
    }

    private void Run()
    {
        while (!_stopping)
        {
            if (!monitor.ProbePending)
            {
                monitor.ProbeSent(monitor.Clock.GetTimestamp());
                ThreadPool.UnsafeQueueUserWorkItem(static m => m.ProbeRan(m.Clock.GetTimestamp()), monitor, preferLocal: false);
            }

            Thread.Sleep(Interval);
        }
    }
}
