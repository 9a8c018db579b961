using System.Diagnostics.Metrics;

namespace Promise.Api.Tests.Observability;

public sealed class ExporterGaugeTests
{
    [Fact]
    public void ObservableGauge_IsReadAtEachScrape()
    {
        using var harness = new ExporterHarness();
        var state = 0;
        harness.CreateMeter().CreateObservableGauge("otp_circuit_breaker_state", () => state, "{state}", "Breaker state.");

        Assert.Equal(0, harness.Scrape().Sample("otp_circuit_breaker_state"));
        state = 2;
        var exposition = harness.Scrape();

        Assert.Equal(2, exposition.Sample("otp_circuit_breaker_state"));
        Assert.Equal("gauge", exposition.Types["otp_circuit_breaker_state"]);
    }

    [Fact]
    public void ObservableGauge_SeriesNoLongerReported_DisappearsFromTheNextScrape()
    {
        using var harness = new ExporterHarness();
        var reported = new List<Measurement<long>>
        {
            new(10, new KeyValuePair<string, object?>("pool", "a")),
            new(20, new KeyValuePair<string, object?>("pool", "b")),
        };
        harness.CreateMeter().CreateObservableGauge("pool.size", () => reported.ToArray());

        Assert.Equal(20, harness.Scrape().Sample("pool_size{pool=\"b\"}"));
        reported.RemoveAt(1);
        var exposition = harness.Scrape();

        Assert.Equal(10, exposition.Sample("pool_size{pool=\"a\"}"));
        Assert.DoesNotContain("pool_size{pool=\"b\"}", exposition.Samples.Keys);
    }

    [Fact]
    public void ObservableCounter_CumulativeValue_IsACounterSetNotAdded()
    {
        using var harness = new ExporterHarness();
        var total = 5L;
        harness.CreateMeter().CreateObservableCounter("bytes.sent", () => total, "By");

        harness.Scrape();
        total = 8;
        var exposition = harness.Scrape();

        Assert.Equal("counter", exposition.Types["bytes_sent_bytes_total"]);
        Assert.Equal(8, exposition.Sample("bytes_sent_bytes_total"));
    }

    [Fact]
    public void ObservableUpDownCounter_IsAGauge()
    {
        using var harness = new ExporterHarness();
        harness.CreateMeter().CreateObservableUpDownCounter("queue.depth", () => -3);

        var exposition = harness.Scrape();

        Assert.Equal("gauge", exposition.Types["queue_depth"]);
        Assert.Equal(-3, exposition.Sample("queue_depth"));
    }

    [Fact]
    public void Gauge_Synchronous_KeepsLastValue()
    {
        using var harness = new ExporterHarness();
        var gauge = harness.CreateMeter().CreateGauge<double>("temperature", "Cel");
        gauge.Record(21.5);
        gauge.Record(19.25);

        Assert.Equal(19.25, harness.Scrape().Sample("temperature_celsius"));
    }

    [Fact]
    public void ObservableGauge_ThrowingCallback_DoesNotBreakTheScrape()
    {
        using var harness = new ExporterHarness();
        var meter = harness.CreateMeter();
        meter.CreateObservableGauge("broken", int () => throw new InvalidOperationException("sensor offline"));
        meter.CreateObservableGauge("healthy", () => 7);

        var exposition = harness.Scrape();

        Assert.Equal(7, exposition.Sample("healthy"));
        Assert.DoesNotContain("broken", exposition.Samples.Keys);
    }
}
