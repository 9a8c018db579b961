using System.Net;
using ErpNext.Fake;
using Promise.Reliability.Tests.Infrastructure;

namespace Promise.Reliability.Tests.ErpFaults;

/// <summary>Longer ERPNext outages: answers from cache marked degraded, the circuit breaker, readiness, recovery.</summary>
public sealed class ErpOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan StockTtl = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(8);
    private FakeErpNextServer _erp = null!;

    public async Task InitializeAsync() => _erp = await SiteData.StartErpAsync();

    public async Task DisposeAsync() => await _erp.DisposeAsync();

    public static TheoryData<string> OutageFaults => ["503", "reset", "hang", "malformed", "rate-limited"];

    [Theory]
    [MemberData(nameof(OutageFaults))]
    public async Task Promise_ErpDownWithStaleCache_AnswersDegradedWithDataAsOfThenRecovers(string fault)
    {
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl, new Dictionary<string, string?>
        {
            ["Cache:StockTtl"] = Settings.Span(StockTtl),
            ["Cache:MaxStaleness"] = "00:05:00",
        }));
        using var client = app.CreateClient();
        var warm = await client.PromiseAsync(SiteData.SimpleRequest);
        Assert.True(warm.Status == HttpStatusCode.OK, warm.ToString());
        var dataAsOf = DateTimeOffset.Parse(warm.Json["data_as_of"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        _erp.Controls.InjectFault("Bin", fault switch
        {
            "reset" => new FakeFault.ConnectionReset(),
            "hang" => new FakeFault.Hang(),
            "malformed" => new FakeFault.Malformed(),
            "rate-limited" => new FakeFault.RateLimited(60),
            _ => new FakeFault.Status(503),
        });
        await Task.Delay(StockTtl * 2);
        var degraded = await Eventually.UntilAsync(
            async () =>
            {
                var answer = await client.PromiseAsync(SiteData.SimpleRequest);
                Assert.True(answer.Status == HttpStatusCode.OK, "a stale-but-usable cache must answer: " + answer);
                Assert.True(answer.Elapsed < Settings.ErpTimeout, $"a stale answer must not wait for ERPNext: {answer.Elapsed}");
                return answer;
            },
            a => a.Json["degraded"]!.GetValue<bool>(),
            Settle,
            "degraded answer from the stale cache");

        var staleAsOf = DateTimeOffset.Parse(degraded.Json["data_as_of"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(staleAsOf <= dataAsOf, $"data_as_of {staleAsOf} must be when the stale data was read ({dataAsOf})");
        Assert.Equal("OK", degraded.Json["status"]!.GetValue<string>());
        var health = await client.GetAnswerAsync("/health");
        Assert.Equal("degraded", health.Json["status"]!.GetValue<string>());
        Assert.True(health.Json["erp"]!["serving_stale"]!.GetValue<bool>(), health.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAnswerAsync("/health/ready")).Status);

        _erp.Controls.Reset();
        await Eventually.UntilAsync(
            () => client.PromiseAsync(SiteData.SimpleRequest),
            a => a.Status == HttpStatusCode.OK && !a.Json["degraded"]!.GetValue<bool>(),
            Settle,
            "fresh answers after the outage");
        Assert.Equal("healthy", await client.HealthStatusAsync());
    }

    [Fact]
    public async Task Breaker_RepeatedFailures_OpensFailsFastNotReadyThenClosesWhenErpReturns()
    {
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl, new Dictionary<string, string?>
        {
            ["Erp:BreakerMinimumThroughput"] = "2",
            ["Erp:BreakerFailureRatio"] = "0.5",
            ["Erp:BreakerSamplingDuration"] = "00:00:05",
            ["Erp:BreakerBreakDuration"] = "00:00:01",
        }));
        using var client = app.CreateClient();
        _erp.Controls.InjectFault("Bin", new FakeFault.Status(500));

        await Eventually.UntilAsync(
            async () =>
            {
                var answer = await client.PromiseAsync(SiteData.SimpleRequest);
                Assert.True(answer.Status == HttpStatusCode.ServiceUnavailable && answer.RetryAfter is not null, answer.ToString());
                return (await client.GetAnswerAsync("/health")).Json["circuit_breaker"]!.GetValue<string>();
            },
            state => state == "open",
            Settle,
            "breaker open");

        var before = _erp.Controls.CountRequests("Bin");
        var fast = await client.PromiseAsync(SiteData.SimpleRequest);
        Assert.True(fast.Status == HttpStatusCode.ServiceUnavailable && fast.RetryAfter is not null, fast.ToString());
        Assert.True(fast.Elapsed < Settings.AttemptTimeout, $"an open breaker must fail fast, took {fast.Elapsed}");
        Assert.Equal(before, _erp.Controls.CountRequests("Bin"));
        var health = await client.GetAnswerAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
        Assert.Equal("unhealthy", health.Json["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAnswerAsync("/health/ready")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAnswerAsync("/health/live")).Status);

        _erp.Controls.Reset();
        await Eventually.UntilAsync(() => client.PromiseAsync(SiteData.SimpleRequest), a => a.Status == HttpStatusCode.OK, Settle, "promise after the breaker's break");
        await Eventually.UntilAsync(() => client.HealthStatusAsync(), s => s == "healthy", Settle, "healthy after recovery");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAnswerAsync("/health/ready")).Status);
    }

    [Fact]
    public async Task Readiness_ErpUnreachableNothingCachedBreakerStillClosed_UnhealthyNotReadyThenRecovers()
    {
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl, new Dictionary<string, string?>
        {
            ["Erp:BreakerMinimumThroughput"] = "100", // the breaker stays closed throughout
            ["Erp:BreakerBreakDuration"] = "00:00:01",
        }));
        using var client = app.CreateClient();
        _erp.Controls.InjectFault("Bin", new FakeFault.Status(503));

        var answer = await client.PromiseAsync(SiteData.SimpleRequest);

        Assert.True(answer.Status == HttpStatusCode.ServiceUnavailable && answer.RetryAfter is not null, answer.ToString());
        var health = await client.GetAnswerAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
        Assert.Equal("unhealthy", health.Json["status"]!.GetValue<string>());
        Assert.Equal("closed", health.Json["circuit_breaker"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAnswerAsync("/health/ready")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAnswerAsync("/health/live")).Status);

        _erp.Controls.Reset();
        await Eventually.UntilAsync(() => client.GetAnswerAsync("/health/ready"), a => a.Status == HttpStatusCode.OK, Settle, "ready again after one break");
        Assert.Equal(HttpStatusCode.OK, (await client.PromiseAsync(SiteData.SimpleRequest)).Status);
        Assert.Equal("healthy", await client.HealthStatusAsync());
    }
}
