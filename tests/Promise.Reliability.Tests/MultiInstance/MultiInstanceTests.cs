using System.Net;
using ErpNext.Fake;
using Promise.Reliability.Tests.Infrastructure;
using Promise.Testing;

namespace Promise.Reliability.Tests.MultiInstance;

/// <summary>Two API instances sharing one real Redis: invalidations reach both, a restart loses nothing.</summary>
public sealed class MultiInstanceTests : IAsyncLifetime
{
    private FakeErpNextServer _erp = null!;
    private RedisServer _redis = null!;

    public async Task InitializeAsync()
    {
        _erp = await SiteData.StartErpAsync();
        _redis = await RedisServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _redis.DisposeAsync();
        await _erp.DisposeAsync();
    }

    [Fact]
    public async Task Webhook_ThroughInstanceA_InvalidatesInstanceB()
    {
        await using var a = new PromiseApp(Shared());
        await using var b = new PromiseApp(Shared());
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        Assert.Equal(1m, StockQty(await clientA.PromiseAsync(SiteData.SimpleRequest)));
        Assert.Equal(1m, StockQty(await clientB.PromiseAsync(SiteData.SimpleRequest)));

        _erp.Controls.ReplaceFixture(SiteData.Fixture(skuAStock: 0));
        var body = WebhookCalls.StockLedgerEntry("SKU-A");
        var hook = await clientA.WebhookAsync(body, WebhookCalls.Sign(body));
        Assert.True(hook.Status == HttpStatusCode.OK, hook.ToString());

        // Stock TTL is 30 s: only the invalidation can make B see the change this soon.
        await Eventually.UntilAsync(
            async () => StockQty(await clientB.PromiseAsync(SiteData.SimpleRequest)),
            qty => qty == 0m,
            TimeSpan.FromSeconds(5),
            "instance B sees the new stock after the webhook through A");
        Assert.Equal(0m, StockQty(await clientA.PromiseAsync(SiteData.SimpleRequest)));
    }

    [Fact]
    public async Task Restart_OfOneInstance_OtherKeepsAnsweringAndRestartedFillsFromRedis()
    {
        await using var a = new PromiseApp(Shared());
        using var clientA = a.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await clientA.PromiseAsync(SiteData.SimpleRequest)).Status);
        using var stop = new CancellationTokenSource();
        var failures = 0;
        var answered = 0;
        var keepAsking = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var answer = await clientA.PromiseAsync(SiteData.SimpleRequest);
                Interlocked.Increment(ref answered);
                if (answer.Status != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        await using (var b = new PromiseApp(Shared()))
        {
            using var clientB = b.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await clientB.PromiseAsync(SiteData.SimpleRequest)).Status);
        }

        var reads = _erp.Controls.Requests.Count;
        await using var restarted = new PromiseApp(Shared());
        using var clientRestarted = restarted.CreateClient();
        var first = await clientRestarted.PromiseAsync(SiteData.SimpleRequest);
        await stop.CancelAsync();
        await keepAsking;

        Assert.True(first.Status == HttpStatusCode.OK, first.ToString());
        Assert.Equal(1m, StockQty(first));
        Assert.True(reads == _erp.Controls.Requests.Count, "the restarted instance went to ERPNext instead of Redis: "
            + string.Join(", ", _erp.Controls.Requests.Skip(reads).Select(r => r.Doctype)));
        Assert.Equal(0, failures);
        Assert.True(answered > 0);
    }

    private Dictionary<string, string?> Shared() => Settings.ForErp(_erp.BaseUrl, new Dictionary<string, string?>
    {
        ["Redis:Configuration"] = _redis.ConnectionString,
        ["Erp:WebhookSecret"] = SecretValues.WebhookSecret,
    });

    private static decimal StockQty(ApiAnswer answer)
    {
        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        return answer.Json["plan"]![0]!["fulfillment"]!.AsArray()
            .Where(f => f!["source"]!.GetValue<string>() == "stock")
            .Sum(f => f!["qty"]!.GetValue<decimal>());
    }
}
