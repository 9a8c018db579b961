using System.Net;
using Promise.Reliability.Tests.Infrastructure;

namespace Promise.Reliability.Tests.Limits;

/// <summary>
/// Slow clients on a real Kestrel listener (raw sockets): a client that dribbles its headers or its body is
/// cut off within Kestrel's limits and does not stop anyone else from being answered meanwhile.
/// </summary>
public sealed class SlowClientTests : IAsyncLifetime
{
    private ErpBackedApi _api = null!;

    public async Task InitializeAsync() => _api = await ErpBackedApi.StartAsync(
        new Dictionary<string, string?>
        {
            ["Api:RequestHeadersTimeout"] = "00:00:01",
            ["Api:MaxConcurrentRequests"] = "1",
        },
        kestrel: true);

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Kestrel_HeadersNeverFinished_ConnectionClosedAfterRequestHeadersTimeout()
    {
        using var raw = await RawHttp.ConnectAsync(_api.App.EndPoint);
        Assert.True(await raw.TrySendAsync("POST /otp/promise HTTP/1.1\r\nHost: localhost\r\nX-Slow: "));

        var (text, elapsed) = await raw.ReadUntilClosedAsync(TimeSpan.FromSeconds(8));

        Assert.True(text is not null, $"the connection was still open after {elapsed}");
        Assert.True(elapsed < TimeSpan.FromSeconds(6), $"closed only after {elapsed}");
    }

    [Fact]
    public async Task Kestrel_BodyDribbledBelowMinimumRate_AbortedWithinGraceAndOthersAnswered()
    {
        using var raw = await RawHttp.ConnectAsync(_api.App.EndPoint);
        Assert.True(await raw.TrySendAsync("POST /otp/promise HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"));
        var closed = raw.ReadUntilClosedAsync(TimeSpan.FromSeconds(15));
        using var dribble = new CancellationTokenSource();
        var sender = Task.Run(async () =>
        {
            // 2 bytes a second, far below Api:MinRequestBodyBytesPerSecond (240) after Kestrel's 5 s grace.
            while (!dribble.IsCancellationRequested && await raw.TrySendAsync(" "))
            {
                await Task.Delay(500, CancellationToken.None);
            }
        });

        // Api:MaxConcurrentRequests is 1 and the slow request holds that permit; /health never needs one.
        var health = await _api.Client.GetAnswerAsync("/health/live");
        var (text, elapsed) = await closed;
        await dribble.CancelAsync();
        await sender;

        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.True(text is not null, $"a slow body held the connection for {elapsed}");
        Assert.True(elapsed < TimeSpan.FromSeconds(12), $"aborted only after {elapsed}");
        var after = await _api.Client.PromiseAsync(SiteData.SimpleRequest);
        Assert.True(after.Status == HttpStatusCode.OK, "the slow client's permit was not released: " + after);
    }
}
