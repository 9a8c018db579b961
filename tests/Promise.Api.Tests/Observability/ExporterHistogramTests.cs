using System.Diagnostics.Metrics;
using Promise.Api.Observability.Prometheus;

namespace Promise.Api.Tests.Observability;

public sealed class ExporterHistogramTests
{
    private static readonly InstrumentAdvice<double> ThreeBuckets = new() { HistogramBucketBoundaries = [0.1, 1, 10] };

    [Fact]
    public void Histogram_Values_GoToCumulativeBucketsEndingInInfWithSumAndCount()
    {
        using var harness = new ExporterHarness();
        var histogram = harness.CreateMeter().CreateHistogram("job.duration", "s", "Job time.", tags: null, advice: ThreeBuckets);
        foreach (var value in new[] { 0.05, 0.1, 0.5, 5, 50 })
        {
            histogram.Record(value, new KeyValuePair<string, object?>("queue", "q1"));
        }

        var exposition = harness.Scrape();

        Assert.Equal("histogram", exposition.Types["job_duration_seconds"]);
        Assert.Equal(
            [
                "job_duration_seconds_bucket{queue=\"q1\",le=\"0.1\"}",
                "job_duration_seconds_bucket{queue=\"q1\",le=\"1\"}",
                "job_duration_seconds_bucket{queue=\"q1\",le=\"10\"}",
                "job_duration_seconds_bucket{queue=\"q1\",le=\"+Inf\"}",
                "job_duration_seconds_sum{queue=\"q1\"}",
                "job_duration_seconds_count{queue=\"q1\"}",
            ],
            exposition.SeriesOf("job_duration_seconds"));
        Assert.Equal(2, exposition.Sample("job_duration_seconds_bucket{queue=\"q1\",le=\"0.1\"}"));
        Assert.Equal(3, exposition.Sample("job_duration_seconds_bucket{queue=\"q1\",le=\"1\"}"));
        Assert.Equal(4, exposition.Sample("job_duration_seconds_bucket{queue=\"q1\",le=\"10\"}"));
        Assert.Equal(5, exposition.Sample("job_duration_seconds_bucket{queue=\"q1\",le=\"+Inf\"}"));
        Assert.Equal(55.65, exposition.Sample("job_duration_seconds_sum{queue=\"q1\"}"), 9);
        Assert.Equal(5, exposition.Sample("job_duration_seconds_count{queue=\"q1\"}"));
    }

    [Fact]
    public void Histogram_WithoutTags_WritesOnlyTheLeLabel()
    {
        using var harness = new ExporterHarness();
        harness.CreateMeter().CreateHistogram("bare", "s", null, null, ThreeBuckets).Record(2);

        var exposition = harness.Scrape();

        Assert.Equal(1, exposition.Sample("bare_seconds_bucket{le=\"10\"}"));
        Assert.Equal(0, exposition.Sample("bare_seconds_bucket{le=\"1\"}"));
        Assert.Equal(2, exposition.Sample("bare_seconds_sum"));
        Assert.Equal(1, exposition.Sample("bare_seconds_count"));
    }

    [Fact]
    public void Histogram_InMilliseconds_IsExportedInSecondsWithScaledAdviceBounds()
    {
        using var harness = new ExporterHarness();
        var advice = new InstrumentAdvice<long> { HistogramBucketBoundaries = [5, 50, 500] };
        harness.CreateMeter().CreateHistogram("db.latency", "ms", null, null, advice).Record(40);

        var exposition = harness.Scrape();

        Assert.Equal(0, exposition.Sample("db_latency_seconds_bucket{le=\"0.005\"}"));
        Assert.Equal(1, exposition.Sample("db_latency_seconds_bucket{le=\"0.05\"}"));
        Assert.Equal(1, exposition.Sample("db_latency_seconds_bucket{le=\"0.5\"}"));
        Assert.Equal(0.04, exposition.Sample("db_latency_seconds_sum"));
    }

    [Fact]
    public void Histogram_WithoutAdvice_KnownName_UsesTheTable()
    {
        using var harness = new ExporterHarness();
        harness.CreateMeter(MeterSelection.ErpClientMeter)
            .CreateHistogram<double>("otp_erp_request_duration_seconds", "s").Record(0.02, new KeyValuePair<string, object?>("query", "bin"));

        var exposition = harness.Scrape();

        Assert.Equal(BucketLines("otp_erp_request_duration_seconds", "query=\"bin\",", HistogramBuckets.ErpRequestSeconds),
            exposition.SeriesOf("otp_erp_request_duration_seconds_bucket"));
    }

    [Fact]
    public void Histogram_WithoutAdvice_UnknownName_UsesDefaultSecondsBuckets()
    {
        using var harness = new ExporterHarness();
        harness.CreateMeter().CreateHistogram<double>("unknown.wait", "s").Record(0.3);

        var exposition = harness.Scrape();

        Assert.Equal(BucketLines("unknown_wait_seconds", string.Empty, HistogramBuckets.DefaultSeconds),
            exposition.SeriesOf("unknown_wait_seconds_bucket"));
    }

    [Theory]
    [InlineData(new[] { 0.1, 1, 10 }, true)]
    [InlineData(new[] { 1d }, true)]
    [InlineData(new double[0], false)]
    [InlineData(new[] { 1, 0.5 }, false)]
    [InlineData(new[] { 1d, 1d }, false)]
    [InlineData(new[] { 1, double.PositiveInfinity }, false)]
    [InlineData(new[] { double.NaN }, false)]
    public void AreValid_Bounds_MustBeFiniteAndStrictlyIncreasing(double[] bounds, bool expected) =>
        Assert.Equal(expected, HistogramBuckets.AreValid(bounds));

    [Theory]
    [InlineData(0.1, 0)]
    [InlineData(0.0999, 0)]
    [InlineData(0.1001, 1)]
    [InlineData(10, 2)]
    [InlineData(10.5, 3)]
    [InlineData(double.PositiveInfinity, 3)]
    [InlineData(-1, 0)]
    public void BucketOf_Value_IsFirstInclusiveUpperBound(double value, int expected)
    {
        var family = new HistogramFamily("h", "help", [0.1, 1, 10]);

        Assert.Equal(expected, family.BucketOf(value));
    }

    private static List<string> BucketLines(string name, string labelsPrefix, IReadOnlyList<double> bounds) =>
        [.. bounds.Select(b => PrometheusText.FormatValue(b)).Append("+Inf").Select(le => $"{name}_bucket{{{labelsPrefix}le=\"{le}\"}}")];
}
