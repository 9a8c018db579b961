using ErpNext.Fake;

namespace Promise.Api.Tests.Infrastructure;

/// <summary>An in-process fake ERPNext serving the worked example, for one test class.</summary>
public sealed class FakeErpNext : IAsyncLifetime
{
    public FakeErpNextServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await FakeErpNextServer.StartAsync(new FakeErpNextOptions
    {
        FixtureJson = Fixtures.WorkedExample,
        ApiKey = PromiseApiFactory.ErpApiKey,
        ApiSecret = PromiseApiFactory.ErpApiSecret,
    });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
