using System.Diagnostics;
using System.Text.Json;
using ErpNext.Fake.Tests.Support;

namespace ErpNext.Fake.Tests;

/// <summary>Injected faults look on the wire like a real site (or its proxy) failing.</summary>
public sealed class FaultTests : FakeSiteTest
{
    private static readonly string BinPath = ResourcePath("Bin", ("fields", "[\"name\"]"), ("order_by", "name asc"));

    [Fact]
    public async Task Fault_Status503_AnswersFrappeErrorThenRecoversAfterItsCount()
    {
        Controls.InjectFault("Bin", new FakeFault.Status(503), times: 2);

        var first = await GetAsync(BinPath);
        var second = await GetAsync(BinPath);
        var third = await GetAsync(BinPath);

        Assert.Equal(503, first.Status);
        Assert.Equal("SessionStopped", first.Body.GetProperty("exc_type").GetString());
        Assert.Equal(503, second.Status);
        Assert.Equal(200, third.Status);
    }

    [Fact]
    public async Task Fault_OnlyHitsItsDoctype()
    {
        Controls.InjectFault("Bin", new FakeFault.Status(500));

        var item = await GetAsync(ResourcePath("Item"));
        var bin = await GetAsync(BinPath);

        Assert.Equal(200, item.Status);
        Assert.Equal(500, bin.Status);
    }

    [Fact]
    public async Task Fault_WildcardDoctype_HitsEveryDoctypeUntilCleared()
    {
        Controls.InjectFault("*", new FakeFault.Status(500));

        Assert.Equal(500, (await GetAsync(ResourcePath("Item"))).Status);
        Assert.Equal(500, (await GetAsync("api/resource/Holiday%20List/AC%202026")).Status);
        Controls.ClearFaults();
        Assert.Equal(200, (await GetAsync(ResourcePath("Item"))).Status);
    }

    [Fact]
    public async Task Fault_RateLimited_Is429WithRetryAfterSeconds()
    {
        Controls.InjectFault("Bin", new FakeFault.RateLimited(7), times: 1);

        using var response = await Client.GetAsync(BinPath);

        Assert.Equal(429, (int)response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);
        Assert.Equal("0", response.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("7", response.Headers.GetValues("X-RateLimit-Reset").Single());
        Assert.Contains("TooManyRequestsError", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fault_BadGateway_IsNginxHtml()
    {
        Controls.InjectFault("Bin", new FakeFault.Status(502), times: 1);

        using var response = await Client.GetAsync(BinPath);

        Assert.Equal(502, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Fault_ConnectionReset_FailsTheRequestAtTransportLevel()
    {
        Controls.InjectFault("Bin", new FakeFault.ConnectionReset(), times: 1);

        await Assert.ThrowsAsync<HttpRequestException>(() => Client.GetAsync(BinPath));
        Assert.Equal(200, (await GetAsync(BinPath)).Status);
    }

    [Fact]
    public async Task Fault_Truncated_FailsWhileReadingTheBody()
    {
        Controls.InjectFault("Bin", new FakeFault.Truncated(), times: 1);

        var error = await Record.ExceptionAsync(async () =>
        {
            using var response = await Client.GetAsync(BinPath);
            await response.Content.ReadAsStringAsync();
        });

        Assert.True(error is HttpRequestException or IOException, $"Unexpected {error}");
    }

    [Fact]
    public async Task Fault_Malformed_Is200WithBodyThatIsNotJson()
    {
        Controls.InjectFault("Bin", new FakeFault.Malformed(), times: 1);

        using var response = await Client.GetAsync(BinPath);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
    }

    [Fact]
    public async Task Fault_Hang_HoldsTheRequestUntilTheClientGivesUp()
    {
        Controls.InjectFault("Bin", new FakeFault.Hang(), times: 1);
        using var impatient = NewClient($"token {Key}:{Secret}", TimeSpan.FromMilliseconds(300));

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => impatient.GetAsync(BinPath));

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(250), $"gave up after {clock.Elapsed}");
        Assert.Equal(200, (await GetAsync(BinPath)).Status);
    }

    [Fact]
    public async Task Fault_FiresBeforeAuthentication_LikeAProxyOrRateLimiter()
    {
        Controls.InjectFault("Bin", new FakeFault.Status(500), times: 1);
        using var anonymous = NewClient(authorization: null);

        using var response = await anonymous.GetAsync(BinPath);

        Assert.Equal(500, (int)response.StatusCode);
    }
}
