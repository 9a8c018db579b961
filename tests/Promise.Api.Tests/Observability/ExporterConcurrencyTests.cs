namespace Promise.Api.Tests.Observability;

public sealed class ExporterConcurrencyTests
{
    private const int Threads = 8;
    private const int PerThread = 20_000;
    private static readonly string[] Endpoints = ["/otp/promise", "/otp/bulk-promise", "/otp/a", "/otp/b"];

    [Fact]
    public void ManyThreadsRecording_WhileScraping_GiveExactTotals()
    {
        using var harness = new ExporterHarness();
        var metrics = harness.PromiseMetrics;
        using var start = new Barrier(Threads + 1);
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < PerThread; i++)
            {
                // Every thread hits every label set, so series creation races too.
                metrics.RecordRequest(Endpoints[(i + t) % Endpoints.Length], 200, TimeSpan.FromMilliseconds(i % 3));
                metrics.RecordBulkLine(ok: i % 2 == 0);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        start.SignalAndWait();
        while (workers.Exists(w => w.IsAlive))
        {
            _ = harness.Exporter.Scrape();
        }

        workers.ForEach(w => w.Join());
        var exposition = harness.Scrape();

        const int perEndpoint = Threads * PerThread / 4;
        foreach (var endpoint in Endpoints)
        {
            Assert.Equal(perEndpoint, exposition.Sample($"otp_requests_total{{endpoint=\"{endpoint}\",status=\"200\"}}"));
            Assert.Equal(perEndpoint, exposition.Sample($"otp_request_duration_seconds_count{{endpoint=\"{endpoint}\"}}"));
            Assert.Equal(perEndpoint, exposition.Sample($"otp_request_duration_seconds_bucket{{endpoint=\"{endpoint}\",le=\"+Inf\"}}"));
        }

        Assert.Equal(Threads * PerThread / 2, exposition.Sample("otp_bulk_lines_total{outcome=\"ok\"}"));
        Assert.Equal(Threads * PerThread / 2, exposition.Sample("otp_bulk_lines_total{outcome=\"error\"}"));
    }

    [Fact]
    public void RecordRequest_KnownLabelSet_AllocatesNothing()
    {
        using var harness = new ExporterHarness();
        var metrics = harness.PromiseMetrics;
        var elapsed = TimeSpan.FromMilliseconds(4);
        metrics.RecordRequest("/otp/promise", 200, elapsed);
        metrics.RecordBulkLine(ok: true);
        metrics.RecordBulkDuration(elapsed);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            metrics.RecordRequest("/otp/promise", 200, elapsed);
            metrics.RecordBulkLine(ok: true);
            metrics.RecordBulkDuration(elapsed);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(10_001, harness.Scrape().Sample("otp_requests_total{endpoint=\"/otp/promise\",status=\"200\"}"));
    }
}
