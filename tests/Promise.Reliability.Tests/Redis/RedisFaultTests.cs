using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using ErpNext.Fake;
using Promise.Reliability.Tests.Infrastructure;
using Promise.Testing;

namespace Promise.Reliability.Tests.Redis;

/// <summary>
/// The L2 tier on a real redis-server that is absent, killed, restarted or stalled: promises never fail
/// (Redis is a cache, ERPNext stays the source), the service reconnects by itself, and /metrics shows the L2 misses.
/// </summary>
public sealed class RedisFaultTests : IAsyncLifetime
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(10);
    private FakeErpNextServer _erp = null!;
    private int _unique;

    public async Task InitializeAsync() => _erp = await SiteData.StartErpAsync();

    public async Task DisposeAsync() => await _erp.DisposeAsync();

    [Fact]
    public async Task Redis_NotRunningAtStart_PromisesSucceedHealthDegradedMetricsShowL2ThenReconnects()
    {
        await using var redis = await RedisServer.StartAsync();
        await redis.KillAsync();
        await using var app = new PromiseApp(RedisSettings(redis));
        using var client = app.CreateClient();

        for (var i = 0; i < 10; i++)
        {
            var answer = await client.PromiseAsync(NewRequest());
            Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        }

        var health = await client.GetAnswerAsync("/health");
        Assert.Equal("degraded", health.Json["status"]!.GetValue<string>());
        Assert.False(health.Json["redis"]!["connected"]!.GetValue<bool>());
        var metrics = (await client.GetAnswerAsync("/metrics")).Text;
        Assert.True(MetricsText.Sum(metrics, "otp_cache_requests_total", "tier=\"l2\"") > 0, "no L2 series in /metrics");

        await redis.RestartAsync();
        await Eventually.UntilAsync(
            async () => (await client.GetAnswerAsync("/health")).Json,
            h => h["redis"]!["connected"]!.GetValue<bool>() && h["status"]!.GetValue<string>() == "healthy",
            Reconnect,
            "reconnected to Redis");
        var after = await client.PromiseAsync(NewRequest());
        Assert.True(after.Status == HttpStatusCode.OK, after.ToString());
    }

    [Fact]
    public async Task Redis_KilledUnderLoadThenRestarted_ZeroFailedPromisesAndReconnects()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var app = new PromiseApp(RedisSettings(redis));
        using var client = app.CreateClient();
        var failures = new ConcurrentQueue<string>();
        var answered = 0;
        using var stop = new CancellationTokenSource();

        async Task WorkerAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                var answer = await client.PromiseAsync(NewRequest());
                Interlocked.Increment(ref answered);
                if (answer.Status != HttpStatusCode.OK)
                {
                    failures.Enqueue(answer.ToString());
                }
            }
        }

        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(WorkerAsync)).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(0.7));
        await redis.KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await redis.RestartAsync();
        await Task.Delay(TimeSpan.FromSeconds(0.7));
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        Assert.True(failures.IsEmpty, $"{failures.Count} of {answered} promises failed, first: {failures.FirstOrDefault()}");
        Assert.True(answered > 4, $"only {answered} promises answered");
        await Eventually.UntilAsync(
            async () => (await client.GetAnswerAsync("/health")).Json["redis"]!["connected"]!.GetValue<bool>(),
            connected => connected,
            Reconnect,
            "reconnected after the restart");
        var metrics = (await client.GetAnswerAsync("/metrics")).Text;
        Assert.True(MetricsText.Sum(metrics, "otp_cache_requests_total", "tier=\"l2\"", "result=\"error\"") > 0, "L2 errors not counted");
    }

    [Theory]
    [InlineData("EVAL", "local t = redis.call('TIME') repeat local n = redis.call('TIME') until (n[1] - t[1]) * 1000000 + (n[2] - t[2]) > 3000000", "0")]
    [InlineData("CLIENT", "PAUSE", "3000", "ALL")]
    public async Task Redis_Stalled_PromisesDoNotWaitForItAndSucceed(params string[] stall)
    {
        await using var redis = await RedisServer.StartAsync();
        await using var app = new PromiseApp(RedisSettings(redis));
        using var client = app.CreateClient();
        var warm = await client.PromiseAsync(NewRequest());
        Assert.True(warm.Status == HttpStatusCode.OK, warm.ToString());

        var stalled = redis.CommandAsync(stall);
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        while (clock.Elapsed < TimeSpan.FromSeconds(1.5))
        {
            var answer = await client.PromiseAsync(NewRequest());
            Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
            slowest = answer.Elapsed > slowest ? answer.Elapsed : slowest;
        }

        await stalled;
        // A promise that waited for Redis would take until the 3 s stall ends; L2 calls give up after 50 ms.
        Assert.True(slowest < TimeSpan.FromSeconds(2.5), $"a promise waited {slowest} for a stalled Redis");
        var metrics = (await client.GetAnswerAsync("/metrics")).Text;
        Assert.True(MetricsText.Sum(metrics, "otp_cache_requests_total", "tier=\"l2\"", "result=\"error\"") > 0, "L2 timeouts not counted");
    }

    private Dictionary<string, string?> RedisSettings(RedisServer redis) => Settings.ForErp(
        _erp.BaseUrl,
        new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.ConnectionString,
            ["Redis:BreakDuration"] = "00:00:00.500",
        });

    /// <summary>SKU-A plus an item code no request used before, so every promise misses L1 and asks L2.</summary>
    private string NewRequest() => SiteData.Request(("SKU-A", 1), ($"NEW-{Interlocked.Increment(ref _unique)}", 1));
}
