using System.Net;
using System.Text;
using ErpNext.Fake;
using Promise.Reliability.Tests.Infrastructure;

namespace Promise.Reliability.Tests.Limits;

/// <summary>Body and header limits on a real Kestrel listener, the per-client rate limit and load shedding.</summary>
public sealed class RequestLimitTests : IAsyncLifetime
{
    private FakeErpNextServer _erp = null!;

    public async Task InitializeAsync() => _erp = await SiteData.StartErpAsync();

    public async Task DisposeAsync() => await _erp.DisposeAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Promise_BodyOverMaxBodyBytes_413Problem(bool withContentLength)
    {
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl), kestrel: true);
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        var body = Encoding.UTF8.GetBytes($$"""{"items": [{"item_code": "{{new string('x', 2 * 1024 * 1024)}}", "qty": 1}]}""");
        using HttpContent content = withContentLength ? new ByteArrayContent(body) : new StreamContent(new NonSeekableStream(body));
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync("/otp/promise", content);
        var answer = await ApiAnswer.ReadAsync(response, TimeSpan.Zero);

        Assert.True(answer.Status == HttpStatusCode.RequestEntityTooLarge && answer.IsProblem, answer.ToString());
        Assert.Contains("Api:MaxBodyBytes", answer.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkPromise_ClientSendsExpect100Continue_GetsContinueAndAnswersWithoutWaitingForItsTimeout()
    {
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl), kestrel: true);
        // A client that waits (almost) forever for "100 Continue", so a server that never sends it hangs the call.
        using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = app.ServerAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/otp/bulk-promise")
        {
            Content = new StringContent(SiteData.SimpleRequest + "\n" + SiteData.SimpleRequest + "\n", Encoding.UTF8, "application/x-ndjson"),
        };
        request.Headers.ExpectContinue = true;

        using var response = await client.SendAsync(request).WaitAsync(TimeSpan.FromSeconds(30));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.DoesNotContain("\"error\"", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Kestrel_HeadersOverLimit_431AndTheServerStaysUp()
    {
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl), kestrel: true);
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/otp/promise") { Content = new StringContent(SiteData.SimpleRequest, Encoding.UTF8, "application/json") };
        for (var i = 0; i < 8; i++)
        {
            request.Headers.Add($"X-Big-{i}", new string('h', 8 * 1024));
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAnswerAsync("/health/live")).Status);
    }

    [Fact]
    public async Task Promise_ClientOverRateLimit_429WithRetryAfter()
    {
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl, new Dictionary<string, string?>
        {
            ["Api:RateLimit:PermitsPerSecond"] = "1",
            ["Api:RateLimit:Burst"] = "2",
        }));
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAnswerAsync("/health/live")).Status);

        // Ten at once against a bucket of 2 refilled at 1/s: some must be refused whatever the machine's speed.
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.PromiseAsync(SiteData.SimpleRequest)));

        var limited = answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited);
        Assert.All(limited, a => Assert.True(a.IsProblem && a.RetryAfter > TimeSpan.Zero && !string.IsNullOrWhiteSpace(a.Detail), a.ToString()));
        Assert.Contains(answers, a => a.Status == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAnswerAsync("/health")).Status);
    }

    [Fact]
    public async Task Promise_OverMaxConcurrentRequests_Sheds503WithRetryAfterAndHeldRequestsFinish()
    {
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl, new Dictionary<string, string?>
        {
            ["Api:MaxConcurrentRequests"] = "2",
            ["Erp:Timeout"] = "00:00:08",
            ["Erp:AttemptTimeout"] = "00:00:08",
        }));
        using var client = app.CreateClient();
        _erp.Controls.SetLatency("Bin", TimeSpan.FromSeconds(4));
        var held = new[] { client.PromiseAsync(SiteData.SimpleRequest), client.PromiseAsync(SiteData.Request(("SKU-B", 1))) };
        // Both are inside their handlers (holding a permit) once ERPNext has been asked for both items.
        await Eventually.UntilAsync(
            () => Task.FromResult(string.Concat(_erp.Controls.Requests.Where(r => r.Doctype == "Bin").Select(r => string.Concat(r.Query.Values) + r.Body))),
            asked => asked.Contains("SKU-A", StringComparison.Ordinal) && asked.Contains("SKU-B", StringComparison.Ordinal),
            TimeSpan.FromSeconds(3),
            "both held requests reached ERPNext");

        var shed = await client.PromiseAsync(SiteData.SimpleRequest);
        var live = await client.GetAnswerAsync("/health/live");

        Assert.True(shed.Status == HttpStatusCode.ServiceUnavailable, shed.ToString());
        Assert.True(shed.IsProblem && shed.RetryAfter > TimeSpan.Zero, shed.ToString());
        Assert.True(shed.Elapsed < TimeSpan.FromSeconds(2), $"shedding must answer at once, not wait for ERPNext (4 s), took {shed.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.All(await Task.WhenAll(held), a => Assert.True(a.Status == HttpStatusCode.OK, a.ToString()));
    }
}
