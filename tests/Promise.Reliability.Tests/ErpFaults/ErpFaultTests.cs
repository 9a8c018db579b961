using System.Net;
using ErpNext.Fake;
using Promise.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Promise.Reliability.Tests.ErpFaults;

/// <summary>
/// ERPNext failing while nothing is cached, end to end through the API: every fault ends in a bounded time
/// with 503 + Retry-After after at most the configured retries, and the next call after the fault ends succeeds.
/// </summary>
public sealed class ErpFaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan AnswerBound = Settings.ErpTimeout * 3;
    private ErpBackedApi _api = null!;

    /// <summary>(fault, doctype): on Bin alone, or on every ERPNext call ("*", master data included).</summary>
    public static TheoryData<string, string> TransientFaults => new()
    {
        { "500", "Bin" }, { "502", "Bin" }, { "503", "Bin" }, { "504", "Bin" }, { "reset", "Bin" }, { "truncated", "Bin" },
        { "malformed", "Bin" }, { "hang", "Bin" }, { "latency", "Bin" },
        { "503", "*" }, { "reset", "*" }, { "hang", "*" }, { "latency", "*" },
    };

    private FakeErpNextServer Erp => _api.Erp;

    private HttpClient Client => _api.Client;

    public async Task InitializeAsync() => _api = await ErpBackedApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [MemberData(nameof(TransientFaults))]
    public async Task Promise_TransientFaultNothingCached_503WithRetryAfterInBoundedTimeThenRecovers(string fault, string doctype)
    {
        Inject(fault, doctype);

        var answer = await Client.PromiseAsync(SiteData.SimpleRequest);

        Assert.True(answer.Status == HttpStatusCode.ServiceUnavailable, answer + "\n" + _api.App.Logs.Problems);
        Assert.True(answer.IsProblem, answer.ToString());
        Assert.False(string.IsNullOrWhiteSpace(answer.Detail));
        Assert.True(answer.RetryAfter > TimeSpan.Zero, $"no Retry-After: {answer}");
        Assert.True(answer.Elapsed < AnswerBound, $"took {answer.Elapsed}");
        output.WriteLine($"{fault} on {doctype}: {(int)answer.Status} after {answer.Elapsed.TotalMilliseconds:0} ms, Retry-After {answer.RetryAfter?.TotalSeconds} s, {Erp.Controls.CountRequests("Bin")} Bin calls");
        Assert.InRange(Erp.Controls.CountRequests("Bin"), doctype == "Bin" ? 1 : 0, 1 + Settings.MaxRetries);
        Assert.All(
            Erp.Controls.Requests.GroupBy(r => r.Doctype),
            calls => Assert.True(calls.Count() <= 1 + Settings.MaxRetries, $"{calls.Count()} calls for {calls.Key}"));
        Assert.DoesNotContain(FakeErpNextServer.TracebackMarker, answer.Text, StringComparison.Ordinal);
        var health = (await Client.GetAnswerAsync("/health")).Json;
        Assert.False(health["erpnext_connected"]!.GetValue<bool>(), health.ToJsonString());
        Assert.False(string.IsNullOrEmpty(health["erp"]!["last_error"]?.GetValue<string>()), health.ToJsonString());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Client.GetAnswerAsync("/health/live")).Status);

        Erp.Controls.Reset();
        var recovered = await Client.PromiseAsync(SiteData.SimpleRequest);
        Assert.True(recovered.Status == HttpStatusCode.OK, recovered.ToString());
        Assert.False(recovered.Json["degraded"]!.GetValue<bool>());
    }

    [Fact]
    public async Task BulkPromise_ErpDownNothingCached_EveryLineA503ErrorInOrderThenRecovers()
    {
        Erp.Controls.InjectFault("Bin", new FakeFault.Status(503));
        var body = string.Join('\n', Enumerable.Range(0, 5).Select(i => SiteData.Request(($"SKU-{(i % 2 == 0 ? 'A' : 'B')}", 1))));

        var answer = await Client.PostAsync("/otp/bulk-promise", System.Text.Encoding.UTF8.GetBytes(body), "application/x-ndjson");

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        var lines = answer.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.Nodes.JsonNode.Parse(l)!).ToList();
        Assert.Equal([0, 1, 2, 3, 4], lines.Select(l => l["index"]!.GetValue<int>()));
        Assert.All(lines, l => Assert.Equal(503, l["error"]?["status"]?.GetValue<int>()));
        Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(l["error"]!["detail"]!.GetValue<string>())));

        Erp.Controls.Reset();
        var recovered = await Client.PostAsync("/otp/bulk-promise", System.Text.Encoding.UTF8.GetBytes(body), "application/x-ndjson");
        Assert.DoesNotContain("\"error\"", recovered.Text, StringComparison.Ordinal);
        Assert.Equal(5, recovered.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Promise_RateLimitedOnceWithShortRetryAfter_WaitsAndAnswersAfterOneRetry()
    {
        // A total budget that leaves room for the 1 s wait even on a busy machine.
        await using var app = new PromiseApp(Settings.ForErp(Erp.BaseUrl, new Dictionary<string, string?> { ["Erp:Timeout"] = "00:00:06" }));
        using var client = app.CreateClient();
        Erp.Controls.InjectFault("Bin", new FakeFault.RateLimited(1), times: 1);

        var answer = await client.PromiseAsync(SiteData.SimpleRequest);

        Assert.True(answer.Status == HttpStatusCode.OK, answer + "\n" + app.Logs.Problems);
        Assert.Equal(2, Erp.Controls.CountRequests("Bin"));
        Assert.True(answer.Elapsed >= TimeSpan.FromSeconds(0.9), $"did not honour Retry-After: {answer.Elapsed}");
        Assert.True(answer.Elapsed < TimeSpan.FromSeconds(6 * 3), $"took {answer.Elapsed}");
    }

    [Fact]
    public async Task Promise_RateLimitedLongerThanMaxRetryAfter_503AtOncePassingOnRetryAfter()
    {
        Erp.Controls.InjectFault("Bin", new FakeFault.RateLimited(30));

        var answer = await Client.PromiseAsync(SiteData.SimpleRequest);

        Assert.True(answer.Status == HttpStatusCode.ServiceUnavailable, answer.ToString());
        Assert.Equal(1, Erp.Controls.CountRequests("Bin"));
        Assert.True(answer.RetryAfter >= TimeSpan.FromSeconds(29), $"Retry-After {answer.RetryAfter}");
        Assert.True(answer.Elapsed < Settings.ErpTimeout, $"waited {answer.Elapsed}");
    }

    [Fact]
    public async Task Promise_FaultOnFirstAttemptOnly_AnswersFromTheRetry()
    {
        Erp.Controls.InjectFault("Bin", new FakeFault.Status(503), times: 1);

        var answer = await Client.PromiseAsync(SiteData.SimpleRequest);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal(2, Erp.Controls.CountRequests("Bin"));
    }

    private void Inject(string fault, string doctype)
    {
        if (fault == "latency")
        {
            Erp.Controls.SetLatency(doctype, TimeSpan.FromSeconds(60));
            return;
        }

        Erp.Controls.InjectFault(doctype, fault switch
        {
            "reset" => new FakeFault.ConnectionReset(),
            "truncated" => new FakeFault.Truncated(),
            "malformed" => new FakeFault.Malformed(),
            "hang" => new FakeFault.Hang(),
            _ => new FakeFault.Status(int.Parse(fault, System.Globalization.CultureInfo.InvariantCulture)),
        });
    }
}
