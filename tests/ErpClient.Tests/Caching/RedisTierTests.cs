using System.Text;
using System.Security.Cryptography;
using Promise.ErpClient.Caching;
using Promise.ErpClient.Tests.Support;
using Promise.ErpClient.Webhooks;
using Promise.Testing;

namespace Promise.ErpClient.Tests.Caching;

/// <summary>The L2 tier against a real redis-server started by the test on a free port.</summary>
public sealed class RedisTierTests : IAsyncLifetime
{
    private readonly string _prefix = $"t{Guid.NewGuid():N}:";
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    private ErpHarness Instance(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = _redis.ConnectionString,
            ["Redis:KeyPrefix"] = _prefix,
            ["Redis:BreakDuration"] = "00:00:00.200",
            ["Redis:OperationTimeout"] = "00:00:02",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        return new(values, timeProvider: TimeProvider.System);
    }

    private static async Task WaitUntil(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {what}");
            await Task.Delay(25);
        }
    }

    /// <summary>A signed Stock Ledger Entry webhook for <paramref name="item"/>, handled by <paramref name="erp"/>.</summary>
    private static ValueTask<WebhookOutcome> StockWebhookAsync(ErpHarness erp, string item)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"doctype": "Stock Ledger Entry", "item_code": "{{item}}", "warehouse": "Stores - AC"}""");
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("hook-secret"), body));
        return erp.Webhooks.HandleAsync(body, signature, CancellationToken.None);
    }

    /// <summary>Waits until the (fire-and-forget) L2 writes of these keys have reached Redis.</summary>
    private async Task InL2Async(params string[] keys)
    {
        foreach (var key in keys)
        {
            await WaitUntil(async () => await _redis.CommandAsync("EXISTS", _prefix + key) == ":1", $"{key} is in Redis");
        }
    }

    /// <summary>An instance over the seeded stub, connected to Redis and listening for invalidations.</summary>
    private async Task<ErpHarness> ConnectedInstanceAsync(Dictionary<string, string?>? settings = null)
    {
        var erp = Instance(settings);
        erp.Stub.Seed();
        _ = erp.Supply; // resolving the provider starts the connection and the subscription
        var invalidator = (CacheInvalidator)erp.Get<ICacheInvalidator>();
        await WaitUntil(() => Task.FromResult(erp.Health.GetReport().RedisConnected && invalidator.IsSubscribed), "Redis is connected and subscribed");
        return erp;
    }

    [Fact]
    public async Task GetSnapshot_SecondInstanceAfterL1Miss_IsServedFromL2()
    {
        await using var a = await ConnectedInstanceAsync();
        await using var b = await ConnectedInstanceAsync();

        var fromErp = await a.SnapshotAsync("SKU-2");
        await InL2Async("stock:SKU-2", "item:SKU-2", "master:*");
        var fromL2 = await b.SnapshotAsync("sku-2");

        Assert.Equal(1, a.Stub.Count("Bin"));
        Assert.Empty(b.Stub.Calls);
        Assert.Equal(fromErp.BinsOf("SKU-2"), fromL2.BinsOf("SKU-2"));
        Assert.Equal(fromErp.PurchaseOrderLinesOf("SKU-2"), fromL2.PurchaseOrderLinesOf("SKU-2"));
        Assert.Equal(fromErp.FindItem("SKU-2"), fromL2.FindItem("SKU-2"));
        Assert.Equal(fromErp.Warehouses.Count, fromL2.Warehouses.Count);
        Assert.Equal(fromErp.DataAsOf.ToUnixTimeMilliseconds(), fromL2.DataAsOf.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task GetSnapshot_RedisKilledMidTest_KeepsWorkingAndUsesRedisAgainWhenItIsBack()
    {
        await using var erp = await ConnectedInstanceAsync();
        await erp.SnapshotAsync("SKU-2");
        await InL2Async("stock:SKU-2");

        await _redis.KillAsync();
        var warm = await erp.SnapshotAsync("SKU-2");
        var cold = await erp.SnapshotAsync("SKU-3");

        Assert.Single(warm.BinsOf("SKU-2"));
        Assert.Single(cold.BinsOf("SKU-3"));
        Assert.False(erp.Health.GetReport().RedisConnected);

        await _redis.RestartAsync();
        var n = 10;
        await WaitUntil(
            async () =>
            {
                var code = $"SKU-{n++}";
                await erp.SnapshotAsync(code);
                return await _redis.CommandAsync("EXISTS", $"{_prefix}stock:{code.ToUpperInvariant()}") == ":1";
            },
            "fresh reads are written to the restarted Redis again");
        Assert.True(erp.Health.GetReport().RedisConnected);
    }

    /// <summary>
    /// A fetch's fire-and-forget L2 write can land after an invalidation's delete and put the old value back
    /// until its writer deletes it again. Neither the instance that took the webhook nor the one that heard of
    /// it takes that value from L2: it was read from ERPNext before the invalidation.
    /// </summary>
    [Fact]
    public async Task L2_OldValueWrittenBackAfterAnInvalidation_IsNotServed()
    {
        await using var a = await ConnectedInstanceAsync();
        await using var b = await ConnectedInstanceAsync();
        await a.SnapshotAsync("SKU-2");
        await InL2Async("stock:SKU-2", "item:SKU-2", "master:*");
        Assert.Equal(":1", await _redis.CommandAsync("COPY", $"{_prefix}stock:SKU-2", $"{_prefix}old-stock"));

        Assert.Equal(WebhookOutcome.Invalidated, await StockWebhookAsync(b, "sku-2"));
        var heard = a.Get<GenerationTracker>();
        await WaitUntil(() => Task.FromResult(heard.InvalidatedSince("stock", "SKU-2", DateTimeOffset.UnixEpoch)), "a heard of the invalidation");
        // The old value is back in L2 (as a late write would put it) before each instance reads.
        Assert.Equal(":1", await _redis.CommandAsync("COPY", $"{_prefix}old-stock", $"{_prefix}stock:SKU-2"));
        await a.SnapshotAsync("SKU-2");
        await WaitUntil(
            async () => await _redis.CommandAsync(
                "EVAL", "return redis.call('GET', KEYS[1]) == redis.call('GET', KEYS[2]) and 1 or 0", "2", $"{_prefix}stock:SKU-2", $"{_prefix}old-stock") == ":0",
            "a's fresh value replaced the old one in Redis");
        Assert.Equal(":1", await _redis.CommandAsync("COPY", $"{_prefix}old-stock", $"{_prefix}stock:SKU-2", "REPLACE"));
        await b.SnapshotAsync("SKU-2");

        Assert.Equal(2, a.Stub.Count("Bin"));
        Assert.Equal(1, b.Stub.Count("Bin"));
    }

    /// <summary>
    /// An invalidation heard from another instance is dated at its sender: a value another instance read from
    /// ERPNext after that instant is taken from L2 even when the message arrives later.
    /// </summary>
    [Fact]
    public async Task Invalidation_FromAnotherInstance_IsDatedAtItsSender()
    {
        await using var a = await ConnectedInstanceAsync();
        var tracker = a.Get<GenerationTracker>();
        const string message = """{"o":"another-instance","k":"stock","keys":["SKU-9"],"at":"2026-12-21T09:00:00+00:00"}""";

        Assert.Equal(":1", await _redis.CommandAsync("PUBLISH", $"{_prefix}invalidate", message));
        await WaitUntil(() => Task.FromResult(tracker.InvalidatedSince("stock", "SKU-9", DateTimeOffset.UnixEpoch)), "the invalidation is heard");

        Assert.True(tracker.InvalidatedSince("stock", "SKU-9", new DateTimeOffset(2026, 12, 21, 8, 59, 59, TimeSpan.Zero)));
        Assert.False(tracker.InvalidatedSince("stock", "SKU-9", new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.Zero)));
        Assert.False(tracker.InvalidatedSince("stock", "SKU-9", new DateTimeOffset(2026, 12, 21, 9, 0, 1, TimeSpan.Zero)));
    }

    /// <summary>
    /// Redis pub/sub keeps nothing for an instance that is not listening, so an invalidation sent while its
    /// connection was down is lost: when the connection comes back, the instance drops the stock it cached
    /// (here fresh for ten minutes) and reads it again, and keeps its master data.
    /// </summary>
    [Fact]
    public async Task Reconnect_AfterRedisWasDown_DropsCachedStockKeepsMasterData()
    {
        await using var erp = await ConnectedInstanceAsync(new() { ["Cache:StockTtl"] = "00:10:00" });
        await erp.SnapshotAsync("SKU-2");
        await erp.SnapshotAsync("SKU-2");
        Assert.Equal(1, erp.Stub.Count("Bin"));
        var items = erp.Stub.Count("Item");

        await _redis.KillAsync();
        await _redis.RestartAsync();

        await WaitUntil(
            async () =>
            {
                await erp.SnapshotAsync("SKU-2");
                return erp.Stub.Count("Bin") == 2;
            },
            "the stock cached before the outage is read from ERPNext again");
        Assert.Equal(items, erp.Stub.Count("Item"));
    }

    /// <summary>An instance started while Redis was down listens only once it is back: it drops the stock it cached before.</summary>
    [Fact]
    public async Task FirstSubscription_AfterStartingWithoutRedis_DropsCachedStock()
    {
        await _redis.KillAsync();
        await using var erp = Instance(new() { ["Cache:StockTtl"] = "00:10:00" });
        erp.Stub.Seed();
        await erp.SnapshotAsync("SKU-2");
        await erp.SnapshotAsync("SKU-2");
        Assert.Equal(1, erp.Stub.Count("Bin"));
        var invalidator = (CacheInvalidator)erp.Get<ICacheInvalidator>();
        Assert.False(invalidator.IsSubscribed);

        await _redis.RestartAsync();

        await WaitUntil(() => Task.FromResult(invalidator.IsSubscribed), "the instance listens for invalidations");
        await erp.SnapshotAsync("SKU-2");
        Assert.Equal(2, erp.Stub.Count("Bin"));
    }

    [Fact]
    public async Task Webhook_OnOneInstance_EvictsBothTiersAndTheOtherInstance()
    {
        await using var a = await ConnectedInstanceAsync();
        await using var b = await ConnectedInstanceAsync();
        await a.SnapshotAsync("SKU-2");
        await InL2Async("stock:SKU-2", "item:SKU-2", "master:*");
        await b.SnapshotAsync("SKU-2"); // L2 hit, now in b's L1
        Assert.Empty(b.Stub.Calls);

        var outcome = await StockWebhookAsync(a, "sku-2");

        Assert.Equal(WebhookOutcome.Invalidated, outcome);
        Assert.Equal(":0", await _redis.CommandAsync("EXISTS", $"{_prefix}stock:SKU-2"));
        a.Stub.Rows["Bin"].First(r => (string?)r["item_code"] == "SKU-2")["actual_qty"] = 77.0;
        a.Stub.Reset();
        var refreshed = await a.SnapshotAsync("SKU-2");
        Assert.Equal(1, a.Stub.Count("Bin"));
        Assert.Equal(77m, Assert.Single(refreshed.BinsOf("SKU-2")).ActualQty);
        await InL2Async("stock:SKU-2");

        // b dropped its L1 entry on the published invalidation, so it now reads a's fresh L2 entry.
        await WaitUntil(
            async () => (await b.SnapshotAsync("SKU-2")).BinsOf("SKU-2").Single().ActualQty == 77m,
            "the other instance dropped its L1 entry");
        Assert.Empty(b.Stub.Calls);
    }

    [Fact]
    public async Task Invalidation_FromAnotherInstance_DeletesAnOlderValueThatReachedRedisAfterTheSendersDelete()
    {
        // The sender deletes the key, then publishes. A fire-and-forget write of the old value by this instance can
        // land in between; the receiver deletes the key again, or every instance would read the old value from
        // Redis until its TTL.
        await using var b = await ConnectedInstanceAsync();
        await b.SnapshotAsync("SKU-2");
        await InL2Async("stock:SKU-2");

        Assert.Equal(":1", await _redis.CommandAsync(
            "PUBLISH", _prefix + "invalidate", """{"o":"another-instance","k":"stock","keys":["SKU-2"]}"""));

        await WaitUntil(
            async () => await _redis.CommandAsync("EXISTS", $"{_prefix}stock:SKU-2") == ":0",
            "the receiving instance deleted the key from Redis");
    }
}
