using ErpNext.Fake;
using Promise.ErpClient.Tests.Support;

namespace Promise.ErpClient.Tests.Integration;

/// <summary>A fake ERPNext serving <see cref="SiteFixture"/> and a factory for clients of it.</summary>
public sealed class FakeSite : IAsyncLifetime
{
    public FakeErpNextServer Server { get; private set; } = null!;

    public FakeErpNextControls Controls => Server.Controls;

    public async Task InitializeAsync() =>
        Server = await FakeErpNextServer.StartAsync(new FakeErpNextOptions { FixtureJson = SiteFixture.Json(), ApiKey = "test-key", ApiSecret = "test-secret" });

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>
    /// A client of this site. Timeouts are generous and the breaker needs many calls unless a test says
    /// otherwise: the whole solution's tests share two cores, and a slow answer must not look like an outage.
    /// </summary>
    public ErpHarness Client(Dictionary<string, string?>? settings = null, TimeProvider? timeProvider = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Erp:Timeout"] = "00:01:00",
            ["Erp:AttemptTimeout"] = "00:00:20",
            ["Erp:BreakerMinimumThroughput"] = "1000",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        return new(values, Server.BaseUrl.ToString(), timeProvider, "test-key", "test-secret");
    }

    public int Count(string doctype) => Controls.CountRequests(doctype);
}
