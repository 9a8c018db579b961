using System.Net;
using Promise.ErpClient.Supply;
using Promise.ErpClient.Tests.Support;

namespace Promise.ErpClient.Tests.Caching;

public sealed class SupplyCachingTests
{
    [Fact]
    public async Task GetSnapshot_Warm_MakesNoErpCall()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        await erp.SnapshotAsync("SKU-2", "SKU-3");
        erp.Stub.Reset();

        var snapshot = await erp.SnapshotAsync("sku-3", "SKU-2");

        Assert.Empty(erp.Stub.Calls);
        Assert.Single(snapshot.BinsOf("SKU-3"));
        Assert.False(snapshot.Degraded);
    }

    [Fact]
    public async Task GetSnapshot_PastStockTtl_ServesStaleAndRefreshesOnceInBackground()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        await erp.SnapshotAsync("SKU-2");
        erp.Stub.Reset();
        erp.Time.Advance(TimeSpan.FromSeconds(31));
        var hold = new TaskCompletionSource();
        erp.Stub.Gate = hold.Task;

        var stale = await erp.SnapshotAsync("SKU-2");
        var againWhileRefreshing = await erp.SnapshotAsync("SKU-2");
        erp.Stub.Rows["Bin"].First(b => (string?)b["item_code"] == "SKU-2")["actual_qty"] = 99.0;
        hold.SetResult();
        await erp.Provider.WhenRefreshesDoneAsync();
        var fresh = await erp.SnapshotAsync("SKU-2");

        Assert.Equal(ErpHarness.Start, stale.DataAsOf);
        Assert.False(stale.Degraded); // stale-while-revalidate is not degraded
        Assert.Equal(ErpHarness.Start, againWhileRefreshing.DataAsOf);
        Assert.Equal(1, erp.Stub.Count("Bin"));
        Assert.Equal(1, erp.Stub.Count("Purchase Order"));
        Assert.Equal(99m, Assert.Single(fresh.BinsOf("SKU-2")).ActualQty);
        Assert.Equal(1, erp.Stub.Count("Bin")); // the refreshed entry is fresh again
        Assert.Equal(10m, Assert.Single(stale.BinsOf("SKU-2")).ActualQty);
    }

    [Fact]
    public async Task GetSnapshot_ErpDownWithCachedData_ServesDegradedWithItsAgeUpToMaxStaleness()
    {
        await using var erp = new ErpHarness(new() { ["Erp:MaxRetries"] = "0", ["Erp:BreakerMinimumThroughput"] = "1000" });
        erp.Stub.Seed();
        await erp.SnapshotAsync("SKU-2");
        erp.Time.Advance(TimeSpan.FromSeconds(45));
        erp.Stub.Intercept = _ => StubErpHandler.Json(HttpStatusCode.ServiceUnavailable, "{}");

        var first = await erp.SnapshotAsync("SKU-2");
        await erp.Provider.WhenRefreshesDoneAsync();
        var second = await erp.SnapshotAsync("SKU-2");
        await erp.Provider.WhenRefreshesDoneAsync();

        Assert.False(first.Degraded);
        Assert.True(second.Degraded);
        Assert.Equal(ErpHarness.Start, second.DataAsOf);
        Assert.Single(second.BinsOf("SKU-2"));
        Assert.True(erp.Health.GetReport().ServingStale);

        erp.Time.Advance(TimeSpan.FromMinutes(10));
        await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.SnapshotAsync("SKU-2"));
    }

    [Fact]
    public async Task GetSnapshot_ErpDownColdItem_ThrowsUnavailable()
    {
        await using var erp = new ErpHarness(new() { ["Erp:MaxRetries"] = "0" });
        erp.Stub.Seed();
        erp.Stub.Intercept = _ => StubErpHandler.Json(HttpStatusCode.ServiceUnavailable, "{}", TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.SnapshotAsync("SKU-2"));

        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
    }

    [Fact]
    public async Task GetSnapshot_ConcurrentRequests_AreCoalescedAndShareInFlightFetches()
    {
        await using var erp = new ErpHarness(new() { ["Erp:CoalesceWindow"] = "00:00:00.020" }, timeProvider: TimeProvider.System);
        erp.Stub.Seed();
        var hold = new TaskCompletionSource();
        erp.Stub.Gate = hold.Task;
        const int requests = 40;

        var tasks = Enumerable.Range(0, requests).Select(i => Task.Run(() => erp.SnapshotAsync($"SKU-{(i % 10) + 1}", $"SKU-{(i % 7) + 20}"))).ToList();
        await Task.Delay(200);
        hold.SetResult();
        var snapshots = await Task.WhenAll(tasks);

        Assert.All(snapshots, s => Assert.Equal(2, s.Items.Count));
        var binCalls = erp.Stub.Count("Bin");
        var poCalls = erp.Stub.Count("Purchase Order");
        Assert.InRange(binCalls + poCalls, 2, requests / 4);
        Assert.Equal(1, erp.Stub.Count("Warehouse"));
    }

    [Fact]
    public async Task GetSnapshot_ManyItems_AreSplitIntoBatchesOfMaxBatchItems()
    {
        await using var erp = new ErpHarness(new() { ["Erp:MaxBatchItems"] = "50" });
        erp.Stub.Seed();
        var codes = Enumerable.Range(1, 120).Select(n => $"SKU-{n}").ToArray();

        var snapshot = await erp.SnapshotAsync(codes);

        Assert.Equal(120, snapshot.Items.Count);
        Assert.Equal(3, erp.Stub.Count("Bin"));
        Assert.Equal(3, erp.Stub.Count("Item"));
    }

    [Fact]
    public async Task Invalidate_DuringAFetchThatStartedBefore_StaleResultIsNotWrittenBack()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        await erp.SnapshotAsync("SKU-9"); // master data and item warm
        erp.Time.Advance(TimeSpan.FromMinutes(11)); // stock expired beyond staleness, masters still fresh
        var hold = new TaskCompletionSource();
        erp.Stub.Gate = hold.Task;
        var inFlight = erp.SnapshotAsync("SKU-9");
        await WaitUntil(() => erp.Stub.Count("Bin") == 2);

        var invalidator = erp.Get<Promise.ErpClient.Caching.ICacheInvalidator>();
        await invalidator.InvalidateItemsAsync(["sku-9"], CancellationToken.None);
        hold.SetResult();
        await inFlight;
        erp.Stub.Gate = null;
        erp.Stub.Reset();
        await erp.SnapshotAsync("SKU-9");

        Assert.Equal(1, erp.Stub.Count("Bin")); // the pre-invalidation result was not cached
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not reached in time");
            await Task.Delay(5);
        }
    }
}
