using System.Net;
using ErpNext.Fake;
using Promise.Reliability.Tests.Infrastructure;

namespace Promise.Reliability.Tests.ErpFaults;

/// <summary>A fresh ErpNext-mode instance is live at once but ready only once it has read the site's master data.</summary>
public sealed class StartupReadinessTests : IAsyncLifetime
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);
    private FakeErpNextServer _erp = null!;

    public async Task InitializeAsync() => _erp = await SiteData.StartErpAsync();

    public async Task DisposeAsync() => await _erp.DisposeAsync();

    [Fact]
    public async Task Ready_MasterDataStillBeingRead_LiveButNotReadyThenReadyWithoutAnyPromise()
    {
        _erp.Controls.SetLatency("Warehouse", TimeSpan.FromSeconds(2));
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl, new Dictionary<string, string?>
        {
            ["Erp:AttemptTimeout"] = "00:00:05", // the slow read is waited for, not retried
            ["Erp:Timeout"] = "00:00:10",
        }));
        using var client = app.CreateClient();

        var live = await client.GetAnswerAsync("/health/live");
        var ready = await client.GetAnswerAsync("/health/ready");
        var health = await client.GetAnswerAsync("/health");

        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.True(ready.Status == HttpStatusCode.ServiceUnavailable, ready.ToString());
        Assert.Equal("not_ready", ready.Json["status"]!.GetValue<string>());
        Assert.False(health.Json["erp"]!["master_data_loaded"]!.GetValue<bool>(), health.ToString());
        await Eventually.UntilAsync(() => client.GetAnswerAsync("/health/ready"), a => a.Status == HttpStatusCode.OK, Settle, "ready after the warm-up");
        Assert.True((await client.GetAnswerAsync("/health")).Json["erp"]!["master_data_loaded"]!.GetValue<bool>());
        Assert.Equal(0, _erp.Controls.CountRequests("Bin")); // warmed up by the start-up read, not by a promise
    }

    [Fact]
    public async Task Ready_ErpDownAtStart_StaysNotReadyAndRetriesUntilErpAnswers()
    {
        _erp.Controls.InjectFault("Warehouse", new FakeFault.Status(503));
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl, new Dictionary<string, string?>
        {
            ["Erp:MaxRetries"] = "0",
            ["Erp:BreakerMinimumThroughput"] = "100", // the breaker stays closed: only readiness is under test
        }));
        using var client = app.CreateClient();
        await Eventually.UntilAsync(() => Task.FromResult(_erp.Controls.CountRequests("Warehouse")), n => n >= 2, Settle, "a retried warm-up");

        var ready = await client.GetAnswerAsync("/health/ready");
        Assert.True(ready.Status == HttpStatusCode.ServiceUnavailable, ready.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAnswerAsync("/health/live")).Status);

        _erp.Controls.Reset();
        await Eventually.UntilAsync(() => client.GetAnswerAsync("/health/ready"), a => a.Status == HttpStatusCode.OK, Settle, "ready once ERPNext answers");
        var answer = await client.PromiseAsync(SiteData.SimpleRequest);
        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
    }
}
