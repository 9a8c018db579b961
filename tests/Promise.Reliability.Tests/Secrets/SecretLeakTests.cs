using System.Net;
using System.Text;
using ErpNext.Fake;
using Promise.Reliability.Tests.Infrastructure;

namespace Promise.Reliability.Tests.Secrets;

/// <summary>
/// The ERP API secret, the webhook secret and the API keys never leave the process: not in any log event at
/// Trace level, /metrics, /health or an error body, whatever goes wrong; a configuration error names the key only.
/// </summary>
public sealed class SecretLeakTests : IAsyncLifetime
{
    private FakeErpNextServer _erp = null!;

    public async Task InitializeAsync() => _erp = await SiteData.StartErpAsync();

    public async Task DisposeAsync() => await _erp.DisposeAsync();

    [Fact]
    public async Task Secrets_AcrossFaultCases_NeverInLogsMetricsHealthOrBodies()
    {
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl, new Dictionary<string, string?>
        {
            ["Erp:WebhookSecret"] = SecretValues.WebhookSecret,
            ["Auth:ApiKeys:0"] = SecretValues.ClientApiKey,
        }));
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", SecretValues.ClientApiKey);
        using var anonymous = app.CreateClient();
        var bodies = new StringBuilder();

        async Task Call(Func<Task<ApiAnswer>> call)
        {
            var answer = await call();
            Assert.True((int)answer.Status < 500 || answer.Status == HttpStatusCode.ServiceUnavailable, answer.ToString());
            bodies.AppendLine(answer.Text);
        }

        await Call(() => client.PromiseAsync(SiteData.SimpleRequest));
        await Call(() => anonymous.PromiseAsync(SiteData.SimpleRequest));
        await Call(() => anonymous.PostAsync("/otp/promise", Encoding.UTF8.GetBytes(SiteData.SimpleRequest), "application/json", [("X-Api-Key", SecretValues.ClientApiKey + "x")]));
        await Call(() => client.PromiseAsync("{\"items\": [{\"item_code\": \"" + SecretValues.ErpApiSecret[..6] + "\", \"qty\": -1}]}"));
        var hook = WebhookCalls.StockLedgerEntry("SKU-A");
        await Call(() => client.WebhookAsync(hook, WebhookCalls.Sign(hook)));
        await Call(() => client.WebhookAsync(hook, WebhookCalls.Sign(hook, "guess")));
        foreach (var fault in new FakeFault[] { new FakeFault.Status(500), new FakeFault.Status(417), new FakeFault.Malformed(), new FakeFault.ConnectionReset(), new FakeFault.Status(403) })
        {
            _erp.Controls.InjectFault("*", fault);
            await Call(() => client.PromiseAsync(SiteData.Request(("SKU-B", 1), ($"LEAK-{fault.GetType().Name}", 1))));
            _erp.Controls.ClearFaults();
        }

        _erp.Controls.RotateCredentials("rotated", "rotated-secret");
        await Call(() => client.PromiseAsync(SiteData.Request(("NEW-AFTER-ROTATION", 1))));
        await Call(() => client.GetAnswerAsync("/health"));
        await Call(() => client.GetAnswerAsync("/health/ready"));
        await Call(() => client.GetAnswerAsync("/metrics"));

        Assert.True(app.Logs.Lines.Count > 20, "the capture saw almost nothing: is it wired?");
        // The outgoing ERPNext calls (Authorization: token key:secret) were logged at Trace, headers included.
        Assert.Contains(app.Logs.Lines, l => l.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal));
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("[Trace]", StringComparison.Ordinal) || l.StartsWith("[Debug]", StringComparison.Ordinal));
        SecretValues.AssertAbsent(app.Logs.AllText, "the logs");
        SecretValues.AssertAbsent(bodies.ToString(), "an answer body");
        Assert.DoesNotContain(FakeErpNextServer.TracebackMarker, app.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeErpNextServer.TracebackMarker, bodies.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadSettings => new()
    {
        { "Erp:BaseUrl", "ftp://user:" + SecretValues.ErpApiSecret + "@erp.invalid/" },
        { "Redis:Configuration", "127.0.0.1:1,password=" + SecretValues.ClientApiKey + ",nonsense-option=1" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Configuration_InvalidValue_ErrorNamesTheKeyNeverAnyValue(string key, string value)
    {
        var settings = Settings.ForErp(_erp.BaseUrl, new Dictionary<string, string?>
        {
            ["Erp:WebhookSecret"] = SecretValues.WebhookSecret,
            ["Auth:ApiKeys:0"] = SecretValues.ClientApiKey,
            [key] = value,
        });
        // WebApplicationFactory races with an app whose start fails: if the entry point disposed its host first,
        // the factory throws ObjectDisposedException instead of the start-up error; that start is tried again.
        for (var attempt = 1; ; attempt++)
        {
            await using var app = new PromiseApp(settings);

            var error = Record.Exception(() => app.CreateClient());

            Assert.NotNull(error);
            if (error is ObjectDisposedException && attempt < 5)
            {
                continue;
            }

            var text = error.ToString();
            Assert.True(text.Contains(key, StringComparison.Ordinal), text);
            SecretValues.AssertAbsent(text, "the configuration error");
            SecretValues.AssertAbsent(app.Logs.AllText, "the start-up logs");
            return;
        }
    }
}
