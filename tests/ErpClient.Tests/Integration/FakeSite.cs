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

    public ErpHarness Client(Dictionary<string, string?>? settings = null, TimeProvider? timeProvider = null) =>
        new(settings, Server.BaseUrl.ToString(), timeProvider, "test-key", "test-secret");

    public int Count(string doctype) => Controls.CountRequests(doctype);
}
