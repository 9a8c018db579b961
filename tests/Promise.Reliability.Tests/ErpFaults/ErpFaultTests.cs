using System.Net;
using ErpNext.Fake;
using Promise.Reliability.Tests.Infrastructure;

namespace Promise.Reliability.Tests.ErpFaults;

/// <summary>
/// ERPNext failing while nothing is cached, end to end through the API: every fault ends in a bounded time
/// with 503 + Retry-After after at most the configured retries, and the next call after the fault ends succeeds.
/// </summary>
public sealed class ErpFaultTests : IAsyncLifetime
{
    private static readonly TimeSpan AnswerBound = Settings.ErpTimeout * 3;
    private FakeErpNextServer _erp = null!;
    private PromiseApp _app = null!;
    private HttpClient _client = null!;

    /// <summary>(fault, doctype): on Bin alone, or on every ERPNext call ("*", master data included).</summary>
    public static TheoryData<string, string> TransientFaults => new()
    {
        { "500", "Bin" }, { "502", "Bin" }, { "503", "Bin" }, { "504", "Bin" }, { "reset", "Bin" }, { "truncated", "Bin" },
        { "malformed", "Bin" }, { "hang", "Bin" }, { "latency", "Bin" },
        { "503", "*" }, { "reset", "*" }, { "hang", "*" }, { "latency", "*" },
    };

    public async Task InitializeAsync()
    {
        _erp = await SiteData.StartErpAsync();
        _app = new PromiseApp(Settings.ForErp(_erp.BaseUrl));
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _erp.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(TransientFaults))]
    public async Task Promise_TransientFaultNothingCached_503WithRetryAfterInBoundedTimeThenRecovers(string fault, string doctype)
    {
        Inject(fault, doctype);

        var answer = await _client.PromiseAsync(SiteData.SimpleRequest);

        Assert.True(answer.Status == HttpStatusCode.ServiceUnavailable, answer + "\n" + _app.Logs.Problems);
        Assert.True(answer.IsProblem, answer.ToString());
        Assert.False(string.IsNullOrWhiteSpace(answer.Detail));
        Assert.True(answer.RetryAfter > TimeSpan.Zero, $"no Retry-After: {answer}");
        Assert.True(answer.Elapsed < AnswerBound, $"took {answer.Elapsed}");
        Assert.InRange(_erp.Controls.CountRequests("Bin"), doctype == "Bin" ? 1 : 0, 1 + Settings.MaxRetries);
        Assert.All(
            _erp.Controls.Requests.GroupBy(r => r.Doctype),
            calls => Assert.True(calls.Count() <= 1 + Settings.MaxRetries, $"{calls.Count()} calls for {calls.Key}"));
        Assert.DoesNotContain(FakeErpNextServer.TracebackMarker, answer.Text, StringComparison.Ordinal);
        var health = (await _client.GetAnswerAsync("/health")).Json;
        Assert.False(health["erpnext_connected"]!.GetValue<bool>(), health.ToJsonString());
        Assert.False(string.IsNullOrEmpty(health["erp"]!["last_error"]?.GetValue<string>()), health.ToJsonString());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await _client.GetAnswerAsync("/health/live")).Status);

        _erp.Controls.Reset();
        var recovered = await _client.PromiseAsync(SiteData.SimpleRequest);
        Assert.True(recovered.Status == HttpStatusCode.OK, recovered.ToString());
        Assert.False(recovered.Json["degraded"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Promise_RateLimitedOnceWithShortRetryAfter_WaitsAndAnswersAfterOneRetry()
    {
        // A total budget that leaves room for the 1 s wait even on a busy machine.
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl, new Dictionary<string, string?> { ["Erp:Timeout"] = "00:00:06" }));
        using var client = app.CreateClient();
        _erp.Controls.InjectFault("Bin", new FakeFault.RateLimited(1), times: 1);

        var answer = await client.PromiseAsync(SiteData.SimpleRequest);

        Assert.True(answer.Status == HttpStatusCode.OK, answer + "\n" + app.Logs.Problems);
        Assert.Equal(2, _erp.Controls.CountRequests("Bin"));
        Assert.True(answer.Elapsed >= TimeSpan.FromSeconds(0.9), $"did not honour Retry-After: {answer.Elapsed}");
        Assert.True(answer.Elapsed < TimeSpan.FromSeconds(6 * 3), $"took {answer.Elapsed}");
    }

    [Fact]
    public async Task Promise_RateLimitedLongerThanMaxRetryAfter_503AtOncePassingOnRetryAfter()
    {
        _erp.Controls.InjectFault("Bin", new FakeFault.RateLimited(30));

        var answer = await _client.PromiseAsync(SiteData.SimpleRequest);

        Assert.True(answer.Status == HttpStatusCode.ServiceUnavailable, answer.ToString());
        Assert.Equal(1, _erp.Controls.CountRequests("Bin"));
        Assert.True(answer.RetryAfter >= TimeSpan.FromSeconds(29), $"Retry-After {answer.RetryAfter}");
        Assert.True(answer.Elapsed < Settings.ErpTimeout, $"waited {answer.Elapsed}");
    }

    [Fact]
    public async Task Promise_FaultOnFirstAttemptOnly_AnswersFromTheRetry()
    {
        _erp.Controls.InjectFault("Bin", new FakeFault.Status(503), times: 1);

        var answer = await _client.PromiseAsync(SiteData.SimpleRequest);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal(2, _erp.Controls.CountRequests("Bin"));
    }

    private void Inject(string fault, string doctype)
    {
        if (fault == "latency")
        {
            _erp.Controls.SetLatency(doctype, TimeSpan.FromSeconds(60));
            return;
        }

        _erp.Controls.InjectFault(doctype, fault switch
        {
            "reset" => new FakeFault.ConnectionReset(),
            "truncated" => new FakeFault.Truncated(),
            "malformed" => new FakeFault.Malformed(),
            "hang" => new FakeFault.Hang(),
            _ => new FakeFault.Status(int.Parse(fault, System.Globalization.CultureInfo.InvariantCulture)),
        });
    }
}
