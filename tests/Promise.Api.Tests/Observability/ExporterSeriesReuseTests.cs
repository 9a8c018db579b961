namespace Promise.Api.Tests.Observability;

/// <summary>The series table answers a repeated tag set by reference; equal text in other instances and alternating sets still count right.</summary>
public sealed class ExporterSeriesReuseTests
{
    [Fact]
    public void Counter_SameAndEqualTagInstancesAlternating_CountIntoTheirSeries()
    {
        using var harness = new ExporterHarness();
        var counter = harness.CreateMeter().CreateCounter<long>("calls");
        const string Ok = "200";
        var okCopy = new string(Ok.AsSpan()); // equal text, another instance
        for (var i = 0; i < 10; i++)
        {
            counter.Add(1, new("endpoint", "/otp/promise"), new("status", Ok));
            counter.Add(1, new("endpoint", "/otp/promise"), new("status", okCopy));
            counter.Add(1, new("endpoint", "/otp/promise"), new("status", "400"));
            counter.Add(1, new("status", Ok), new("endpoint", "/otp/promise"));
            counter.Add(1, new("endpoint", "/otp/promise"), new("status", 200));
        }

        var exposition = harness.Scrape();

        Assert.Equal(40, exposition.Sample("calls_total{endpoint=\"/otp/promise\",status=\"200\"}"));
        Assert.Equal(10, exposition.Sample("calls_total{endpoint=\"/otp/promise\",status=\"400\"}"));
        Assert.Equal(2, exposition.SeriesOf("calls_total").Count);
    }

    [Fact]
    public void Histogram_RepeatedTagSet_RecordsEveryMeasurement()
    {
        using var harness = new ExporterHarness();
        var histogram = harness.CreateMeter().CreateHistogram<double>("latency", "s");
        for (var i = 0; i < 100; i++)
        {
            histogram.Record(0.001, new KeyValuePair<string, object?>("endpoint", "/otp/promise"));
        }

        histogram.Record(0.001, new KeyValuePair<string, object?>("endpoint", "/otp/bulk-promise"));

        var exposition = harness.Scrape();

        Assert.Equal(100, exposition.Sample("latency_seconds_count{endpoint=\"/otp/promise\"}"));
        Assert.Equal(1, exposition.Sample("latency_seconds_count{endpoint=\"/otp/bulk-promise\"}"));
    }
}
