using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Promise.Api.Tests.Observability;

public sealed class MetricsEndpointTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await MetricsTestApp.StartAsync(_time);
        _client = MetricsTestApp.CreateClient(_app);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task GetMetrics_ContentType_IsPrometheusText004()
    {
        using var response = await _client.GetAsync(new Uri("/metrics", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task OtpRequest_IsCountedByRouteTemplateAndStatus()
    {
        await PostAsync("/otp/promise");
        await PostAsync("/otp/promise");
        await PostAsync("/otp/bulk-promise");
        await GetAsync("/otp/items/SKU-1");
        await GetAsync("/otp/items/SKU-2");

        var exposition = await ScrapeAsync();

        Assert.Equal(2, exposition.Sample("otp_requests_total{endpoint=\"/otp/promise\",status=\"200\"}"));
        Assert.Equal(1, exposition.Sample("otp_requests_total{endpoint=\"/otp/bulk-promise\",status=\"400\"}"));
        Assert.Equal(2, exposition.Sample("otp_requests_total{endpoint=\"/otp/items/{code}\",status=\"200\"}"));
        Assert.Equal(2, exposition.Sample("otp_request_duration_seconds_count{endpoint=\"/otp/promise\"}"));
    }

    [Fact]
    public async Task OtpRequest_Duration_IsMeasuredWithTheInjectedClock()
    {
        await GetAsync("/otp/slow");

        var exposition = await ScrapeAsync();

        Assert.Equal(0, exposition.Sample("otp_request_duration_seconds_bucket{endpoint=\"/otp/slow\",le=\"0.025\"}"));
        Assert.Equal(1, exposition.Sample("otp_request_duration_seconds_bucket{endpoint=\"/otp/slow\",le=\"0.05\"}"));
        Assert.Equal(MetricsTestApp.SlowDuration.TotalSeconds, exposition.Sample("otp_request_duration_seconds_sum{endpoint=\"/otp/slow\"}"));
    }

    [Fact]
    public async Task OtpRequest_UnhandledException_IsCountedAs500()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _client.GetAsync(new Uri("/otp/fail", UriKind.Relative)));

        var exposition = await ScrapeAsync();

        Assert.Equal(1, exposition.Sample("otp_requests_total{endpoint=\"/otp/fail\",status=\"500\"}"));
    }

    [Fact]
    public async Task OtpRequest_ExceptionTurnedInto503ByAnInnerHandler_IsCountedWithRouteAnd503()
    {
        await using var app = await MetricsTestApp.StartAsync(new FakeTimeProvider(), exceptionHandler: true);
        using var client = MetricsTestApp.CreateClient(app);

        using var response = await client.GetAsync(new Uri("/otp/fail", UriKind.Relative));
        var exposition = Exposition.Parse(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative)));

        Assert.Equal(MetricsTestApp.HandledExceptionStatus, (int)response.StatusCode);
        Assert.Equal(1, exposition.Sample("otp_requests_total{endpoint=\"/otp/fail\",status=\"503\"}"));
    }

    [Fact]
    public async Task OtpRequest_AbortedByTheClient_IsCountedAs499()
    {
        using var abort = new CancellationTokenSource();
        var call = _client.GetAsync(new Uri("/otp/hang", UriKind.Relative), abort.Token);
        await _app.Services.GetRequiredService<HangingRequests>().Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await abort.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        var exposition = await ScrapeUntilAsync("otp_requests_total{endpoint=\"/otp/hang\",status=\"499\"}");

        Assert.Equal(1, exposition.Sample("otp_requests_total{endpoint=\"/otp/hang\",status=\"499\"}"));
    }

    [Fact]
    public async Task OtpRouteWithWrongMethod_IsCountedAsUnmatched405()
    {
        await GetAsync("/otp/promise");

        var exposition = await ScrapeAsync();

        Assert.Equal(1, exposition.Sample("otp_requests_total{endpoint=\"unmatched\",status=\"405\"}"));
    }

    [Fact]
    public async Task OtpPathWithoutRoute_IsCountedAsUnmatched()
    {
        await GetAsync("/otp/no-such-thing/123");

        var exposition = await ScrapeAsync();

        Assert.Equal(1, exposition.Sample("otp_requests_total{endpoint=\"unmatched\",status=\"404\"}"));
        Assert.DoesNotContain(exposition.Samples.Keys, key => key.Contains("no-such-thing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NonOtpRequests_AreNotCountedAsOtpRequests()
    {
        await GetAsync("/health");
        await GetAsync("/metrics");

        var exposition = await ScrapeAsync();

        Assert.Empty(exposition.SeriesOf("otp_requests_total"));
        Assert.Equal("counter", exposition.Types["otp_requests_total"]);
    }

    [Fact]
    public async Task AspNetCoreHostingMeter_IsExported()
    {
        await PostAsync("/otp/promise");

        var exposition = await ScrapeAsync();

        Assert.Equal("histogram", exposition.Types["http_server_request_duration_seconds"]);
        Assert.Contains(exposition.Samples.Keys, key => key.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
            && key.Contains("http_route=\"/otp/promise\"", StringComparison.Ordinal));
    }

    private async Task PostAsync(string path)
    {
        using var content = new StringContent("{}");
        using var response = await _client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private async Task GetAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
    }

    /// <summary>The server finishes an aborted request after the client gave up, so wait for its record.</summary>
    private async Task<Exposition> ScrapeUntilAsync(string series)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (TimeProvider.System.TimestampFrequency * 10);
        while (true)
        {
            var exposition = await ScrapeAsync();
            if (exposition.Samples.ContainsKey(series) || TimeProvider.System.GetTimestamp() > deadline)
            {
                return exposition;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    private async Task<Exposition> ScrapeAsync() =>
        Exposition.Parse(await _client.GetStringAsync(new Uri("/metrics", UriKind.Relative)));
}
