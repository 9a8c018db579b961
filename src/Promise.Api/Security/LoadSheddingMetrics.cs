using System.Diagnostics.Metrics;
using Promise.Api.Observability;

namespace Promise.Api.Security;

/// <summary>
/// Load-shedding instruments on the <c>Promise.Api</c> meter: requests shed by reason, and the thread pool's
/// current queueing delay as <see cref="QueueDelayMonitor"/> estimates it.
/// </summary>
internal sealed class LoadSheddingMetrics
{
    public const string ShedTotal = "otp_shed_requests_total";
    public const string QueueDelay = "otp_queue_delay_seconds";
    public const string ReasonTag = "reason";

    /// <summary>Over <c>Api:MaxConcurrentRequests</c>.</summary>
    public const string ReasonConcurrency = "concurrency";

    /// <summary>Waited longer than <c>Api:MaxQueueTime</c> before the endpoint could start.</summary>
    public const string ReasonQueueTime = "queue_time";

    private readonly Counter<long> _shed;

    public LoadSheddingMetrics(IMeterFactory meterFactory, QueueDelayMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(monitor);
        var meter = meterFactory.Create(PromiseMetrics.MeterName);
        _shed = meter.CreateCounter<long>(ShedTotal, "{request}", "Promise requests shed with 503, by reason (concurrency or queue_time).");
        meter.CreateObservableGauge(
            QueueDelay, () => monitor.CurrentDelay().TotalSeconds, "s", "How long work waits in the thread pool's queue before it runs (estimate).");
    }

    public void RecordShed(string reason) => _shed.Add(1, new KeyValuePair<string, object?>(ReasonTag, reason));
}
