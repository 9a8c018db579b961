using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Promise.Api.Tests.Infrastructure;

namespace Promise.Api.Tests.Http;

public sealed class StartupReportTests
{
    [Fact]
    public async Task Start_Embedded_LogsOneLineSayingSo()
    {
        var logs = await StartAsync(TestApps.Embedded());

        var line = Assert.Single(logs, e => e.Message.Contains("listening on", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Contains("embedded demo mode", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Start_ErpNextWithoutApiKeys_Warns()
    {
        var logs = await StartAsync(TestApps.ErpNext(TestApps.UnusedErpNext));

        Assert.Contains(logs, e => e.Level == LogLevel.Warning && e.Message.Contains("No API keys configured (Auth:ApiKeys)", StringComparison.Ordinal));
        var line = Assert.Single(logs, e => e.Message.Contains("listening on", StringComparison.Ordinal));
        Assert.Contains("reading ERPNext at http://127.0.0.1:9", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs, e => e.Message.Contains(PromiseApiFactory.ErpApiSecret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_ErpNextWithApiKeys_DoesNotWarn()
    {
        var logs = await StartAsync(TestApps.ErpNext(TestApps.UnusedErpNext, ("Auth:ApiKeys:0", "k-123456")));

        Assert.DoesNotContain(logs, e => e.Message.Contains("No API keys", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, e => e.Message.Contains("k-123456", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Promise_ErpNextCalls_AreNotLoggedPerRequestAtDefaultLevels()
    {
        var erp = new FakeErpNext();
        await erp.InitializeAsync();
        try
        {
            await using var factory = TestApps.ErpNext(erp.Server.BaseUrl);
            using var logs = new CapturedLogs();
            await using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(logs))));
            using var client = app.CreateClient();

            using var response = await client.PostAsync(
                "/otp/promise", new StringContent("""{"items":[{"item_code":"SKU-1","qty":1}]}""", System.Text.Encoding.UTF8, "application/json"));

            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            Assert.True(erp.Server.Controls.CountRequests("Bin") > 0, "the promise read ERPNext");
            // IHttpClientFactory would log four Information lines per ERPNext call: noise at any load.
            Assert.DoesNotContain(logs.Entries, e => e.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal) && e.Level < LogLevel.Warning);
        }
        finally
        {
            await erp.DisposeAsync();
        }
    }

    private static async Task<List<(string Category, LogLevel Level, string Message)>> StartAsync(PromiseApiFactory factory)
    {
        await using (factory)
        {
            using var logs = new CapturedLogs();
            await using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(logs))));
            using var client = app.CreateClient();
            using var response = await client.GetAsync("/health/live");
            return logs.Entries.Where(e => e.Category.StartsWith("Promise", StringComparison.Ordinal)).ToList();
        }
    }
}
