using ErpNext.Fake;

namespace Promise.Reliability.Tests.Infrastructure;

/// <summary>A fake ERPNext serving <see cref="SiteData"/>, the API pointed at it, and a client: one test's world.</summary>
public sealed class ErpBackedApi : IAsyncDisposable
{
    private ErpBackedApi(FakeErpNextServer erp, PromiseApp app, HttpClient client)
    {
        Erp = erp;
        App = app;
        Client = client;
    }

    public FakeErpNextServer Erp { get; }

    public PromiseApp App { get; }

    public HttpClient Client { get; }

    /// <summary>Starts both; <paramref name="extra"/> settings go over <see cref="Settings.ForErp(Uri)"/>; <paramref name="kestrel"/> = a real listener.</summary>
    public static async Task<ErpBackedApi> StartAsync(IReadOnlyDictionary<string, string?>? extra = null, bool kestrel = false)
    {
        var erp = await SiteData.StartErpAsync();
        var app = new PromiseApp(Settings.ForErp(erp.BaseUrl, extra ?? new Dictionary<string, string?>()), kestrel);
        var client = kestrel ? new HttpClient { BaseAddress = app.ServerAddress, Timeout = TimeSpan.FromSeconds(30) } : app.CreateClient();
        // As an orchestrator would: traffic (and the faults a test injects) only once the start-up warm-up is done.
        await Eventually.UntilAsync(() => client.GetAnswerAsync("/health/ready"), a => a.Status == System.Net.HttpStatusCode.OK, TimeSpan.FromSeconds(10), "ready");
        return new ErpBackedApi(erp, app, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Erp.DisposeAsync();
    }
}
