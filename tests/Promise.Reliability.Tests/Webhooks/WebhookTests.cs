using System.Net;
using ErpNext.Fake;
using Promise.Reliability.Tests.Infrastructure;

namespace Promise.Reliability.Tests.Webhooks;

/// <summary>The invalidation webhook: only correctly signed bodies act, replays are harmless, no secret = no endpoint.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private FakeErpNextServer _erp = null!;

    public async Task InitializeAsync() => _erp = await SiteData.StartErpAsync();

    public async Task DisposeAsync() => await _erp.DisposeAsync();

    public static TheoryData<string, string?> BadSignatures => new()
    {
        { "unsigned", null },
        { "empty", string.Empty },
        { "not base64", "%%%" },
        { "other secret", WebhookCalls.Sign(WebhookCalls.StockLedgerEntry("SKU-A"), "another-secret") },
        { "other body", WebhookCalls.Sign(WebhookCalls.StockLedgerEntry("SKU-B")) },
        { "truncated", WebhookCalls.Sign(WebhookCalls.StockLedgerEntry("SKU-A"))[..20] },
    };

    [Theory]
    [MemberData(nameof(BadSignatures))]
    public async Task Webhook_BadSignature_401ProblemAndNothingInvalidated(string name, string? signature)
    {
        await using var app = new PromiseApp(WithSecret());
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PromiseAsync(SiteData.SimpleRequest)).Status);
        var reads = _erp.Controls.CountRequests("Bin");

        var answer = await client.WebhookAsync(WebhookCalls.StockLedgerEntry("SKU-A"), signature);

        Assert.True(answer.Status == HttpStatusCode.Unauthorized && answer.IsProblem, $"{name}: {answer}");
        Assert.False(string.IsNullOrWhiteSpace(answer.Detail));
        Assert.Equal(HttpStatusCode.OK, (await client.PromiseAsync(SiteData.SimpleRequest)).Status);
        Assert.Equal(reads, _erp.Controls.CountRequests("Bin"));
    }

    [Fact]
    public async Task Webhook_SignedAndReplayed_EvictsEachTimeAndPromisesStayRight()
    {
        await using var app = new PromiseApp(WithSecret());
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PromiseAsync(SiteData.SimpleRequest)).Status);
        var body = WebhookCalls.StockLedgerEntry("SKU-A");
        var signature = WebhookCalls.Sign(body);

        for (var replay = 0; replay < 3; replay++)
        {
            var reads = _erp.Controls.CountRequests("Bin");
            var answer = await client.WebhookAsync(body, signature);
            Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());

            var promise = await client.PromiseAsync(SiteData.SimpleRequest);
            Assert.True(promise.Status == HttpStatusCode.OK, promise.ToString());
            Assert.Equal("stock", promise.Json["plan"]![0]!["fulfillment"]![0]!["source"]!.GetValue<string>());
            Assert.Equal(reads + 1, _erp.Controls.CountRequests("Bin"));
        }
    }

    [Fact]
    public async Task Webhook_UnreadableSignedPayload_400NotAServerError()
    {
        await using var app = new PromiseApp(WithSecret());
        using var client = app.CreateClient();
        const string body = "{\"doctype\": ";

        var answer = await client.WebhookAsync(body, WebhookCalls.Sign(body));

        Assert.True(answer.Status == HttpStatusCode.BadRequest && answer.IsProblem, answer.ToString());
    }

    [Fact]
    public async Task Webhook_NoSecretConfigured_EndpointAbsent()
    {
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl));
        using var client = app.CreateClient();
        var body = WebhookCalls.StockLedgerEntry("SKU-A");

        var answer = await client.WebhookAsync(body, WebhookCalls.Sign(body));

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    private Dictionary<string, string?> WithSecret() =>
        Settings.ForErp(_erp.BaseUrl, new Dictionary<string, string?> { ["Erp:WebhookSecret"] = SecretValues.WebhookSecret });
}
