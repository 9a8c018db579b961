namespace ErpNext.Fake.Tests;

public sealed class ServerOptionsTests
{
    [Fact]
    public async Task StartAsync_BadOptions_FailsWithOneMessageNamingEveryBrokenField()
    {
        var options = new FakeErpNextOptions { ApiKey = "", ApiSecret = "", Port = -1, FixturePath = "/nonexistent/fixture.json" };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => FakeErpNextServer.StartAsync(options));

        Assert.Contains("ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("ApiSecret", error.Message, StringComparison.Ordinal);
        Assert.Contains("Port", error.Message, StringComparison.Ordinal);
        Assert.Contains("FixturePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NoFixture_ServesAnEmptySiteOnAFreeLoopbackPort()
    {
        await using var server = await FakeErpNextServer.StartAsync(new FakeErpNextOptions());
        using var client = new HttpClient { BaseAddress = server.BaseUrl };
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "token test-key:test-secret");

        var text = await client.GetStringAsync("api/resource/Bin");

        Assert.Equal("127.0.0.1", server.BaseUrl.Host);
        Assert.NotEqual(0, server.BaseUrl.Port);
        Assert.EndsWith("/", server.BaseUrl.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("{\"data\":[]}", text);
    }

    [Fact]
    public async Task StartAsync_InvalidFixture_Throws()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => FakeErpNextServer.StartAsync(new FakeErpNextOptions { FixtureJson = "[1,2]" }));
    }

    [Fact]
    public async Task DisposeAsync_WithRequestsStuckInLatencyAndHang_ReturnsPromptly()
    {
        var server = await FakeErpNextServer.StartAsync(new FakeErpNextOptions());
        server.Controls.SetLatency("Bin", TimeSpan.FromMinutes(5));
        server.Controls.InjectFault("Item", new FakeFault.Hang());
        using var client = new HttpClient { BaseAddress = server.BaseUrl };
        var stuck = new[] { client.GetAsync("api/resource/Bin"), client.GetAsync("api/resource/Item") };
        for (var wait = 0; server.Controls.Requests.Count < 2 && wait < 1000; wait++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(2, server.Controls.Requests.Count);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await server.DisposeAsync();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"dispose took {clock.Elapsed}");
        foreach (var request in stuck)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => request);
        }
    }
}
