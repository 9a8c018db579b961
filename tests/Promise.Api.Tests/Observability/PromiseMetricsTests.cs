using Promise.Api.Observability;

namespace Promise.Api.Tests.Observability;

public sealed class PromiseMetricsTests
{
    [Fact]
    public void RecordRequest_CountsByEndpointAndStatusAndTimesInSeconds()
    {
        using var harness = new ExporterHarness();
        harness.PromiseMetrics.RecordRequest("/otp/promise", 200, TimeSpan.FromMilliseconds(7));
        harness.PromiseMetrics.RecordRequest("/otp/promise", 200, TimeSpan.FromMilliseconds(30));
        harness.PromiseMetrics.RecordRequest("/otp/promise", 400, TimeSpan.FromMilliseconds(1));

        var exposition = harness.Scrape();

        Assert.Equal(2, exposition.Sample("otp_requests_total{endpoint=\"/otp/promise\",status=\"200\"}"));
        Assert.Equal(1, exposition.Sample("otp_requests_total{endpoint=\"/otp/promise\",status=\"400\"}"));
        Assert.Equal(0, exposition.Sample("otp_request_duration_seconds_bucket{endpoint=\"/otp/promise\",le=\"0.0005\"}"));
        Assert.Equal(1, exposition.Sample("otp_request_duration_seconds_bucket{endpoint=\"/otp/promise\",le=\"0.001\"}"));
        Assert.Equal(2, exposition.Sample("otp_request_duration_seconds_bucket{endpoint=\"/otp/promise\",le=\"0.01\"}"));
        Assert.Equal(3, exposition.Sample("otp_request_duration_seconds_bucket{endpoint=\"/otp/promise\",le=\"0.05\"}"));
        Assert.Equal(3, exposition.Sample("otp_request_duration_seconds_count{endpoint=\"/otp/promise\"}"));
        Assert.Equal(0.038, exposition.Sample("otp_request_duration_seconds_sum{endpoint=\"/otp/promise\"}"), 12);
    }

    [Fact]
    public void RequestDuration_Buckets_Span500MicrosecondsTo5Seconds()
    {
        using var harness = new ExporterHarness();
        harness.PromiseMetrics.RecordRequest("/otp/promise", 200, TimeSpan.FromSeconds(1));

        var bounds = LeValues(harness.Scrape(), "otp_request_duration_seconds_bucket{endpoint=\"/otp/promise\",le=\"");

        Assert.Equal(["0.0005", "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "+Inf"], bounds);
    }

    [Fact]
    public void RecordBulk_CountsLinesByOutcomeAndTimesStreamsUpToAnHour()
    {
        using var harness = new ExporterHarness();
        harness.PromiseMetrics.RecordBulkLine(ok: true);
        harness.PromiseMetrics.RecordBulkLine(ok: true);
        harness.PromiseMetrics.RecordBulkLine(ok: false);
        harness.PromiseMetrics.RecordBulkDuration(TimeSpan.FromMinutes(2));

        var exposition = harness.Scrape();

        Assert.Equal(2, exposition.Sample("otp_bulk_lines_total{outcome=\"ok\"}"));
        Assert.Equal(1, exposition.Sample("otp_bulk_lines_total{outcome=\"error\"}"));
        Assert.Equal(1, exposition.Sample("otp_bulk_duration_seconds_bucket{le=\"120\"}"));
        Assert.Equal(0, exposition.Sample("otp_bulk_duration_seconds_bucket{le=\"60\"}"));
        Assert.Equal(120, exposition.Sample("otp_bulk_duration_seconds_sum"));
        var bounds = LeValues(exposition, "otp_bulk_duration_seconds_bucket{le=\"");
        Assert.Equal("0.1", bounds[0]);
        Assert.Equal(["3600", "+Inf"], bounds[^2..]);
    }

    [Fact]
    public void Families_AreDeclaredBeforeAnyRecording()
    {
        using var harness = new ExporterHarness();
        _ = harness.PromiseMetrics;

        var exposition = harness.Scrape();

        Assert.Equal("counter", exposition.Types[PromiseMetrics.RequestsTotal]);
        Assert.Equal("histogram", exposition.Types[PromiseMetrics.RequestDuration]);
        Assert.Equal("counter", exposition.Types[PromiseMetrics.BulkLinesTotal]);
        Assert.Equal("histogram", exposition.Types[PromiseMetrics.BulkDuration]);
    }

    [Theory]
    [InlineData(200, "200")]
    [InlineData(599, "599")]
    [InlineData(99, "99")]
    [InlineData(600, "600")]
    public void StatusCodeText_AnyCode_IsItsDecimalText(int code, string expected) =>
        Assert.Equal(expected, StatusCodeText.Of(code));

    private static List<string> LeValues(Exposition exposition, string prefix) =>
        [.. exposition.Samples.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => k[prefix.Length..^2])];
}
