using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using Promise.ErpClient.Tests.Support;

namespace Promise.ErpClient.Tests.Supply;

/// <summary>The warm path hands out the same snapshot while its cache entries are unchanged, and never after they changed.</summary>
public sealed class SnapshotReuseTests
{
    [Fact]
    public async Task GetSnapshot_SameItemsWarmInAnyOrderOrSpelling_ReusesOneSnapshot()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        await erp.SnapshotAsync("SKU-2", "SKU-3"); // fills the cache (built by the full path)

        var first = await erp.SnapshotAsync("SKU-2", "SKU-3");
        var second = await erp.SnapshotAsync("sku-3", "SKU-2", "SKU-3");
        var other = await erp.SnapshotAsync("SKU-2");

        Assert.Same(first, second);
        Assert.NotSame(first, other);
        Assert.Equal(2, erp.Provider.Reuse.BuildCount);
        Assert.Equal(2, second.Items.Count);
        Assert.Single(other.Items);
    }

    [Fact]
    public async Task GetSnapshot_AfterWebhookInvalidation_NewSnapshotWithTheNewStock()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        await erp.SnapshotAsync("SKU-2", "SKU-3");
        var before = await erp.SnapshotAsync("SKU-2", "SKU-3");
        SetStock(erp, "SKU-2", 77);

        const string body = """{"doctype": "Stock Ledger Entry", "item_code": "SKU-2"}""";
        await erp.Webhooks.HandleAsync(Encoding.UTF8.GetBytes(body), Sign(body), CancellationToken.None);
        var afterFetch = await erp.SnapshotAsync("SKU-2", "SKU-3");
        var warmAgain = await erp.SnapshotAsync("SKU-3", "SKU-2");

        Assert.Equal(10m, Assert.Single(before.BinsOf("SKU-2")).ActualQty);
        Assert.NotSame(before, afterFetch);
        Assert.Equal(77m, Assert.Single(afterFetch.BinsOf("SKU-2")).ActualQty);
        Assert.NotSame(before, warmAgain);
        Assert.Equal(77m, Assert.Single(warmAgain.BinsOf("SKU-2")).ActualQty);
    }

    [Fact]
    public async Task GetSnapshot_PastStockTtl_NotReusedAndTheRefreshedDataIsServed()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        await erp.SnapshotAsync("SKU-2");
        var warm = await erp.SnapshotAsync("SKU-2");
        SetStock(erp, "SKU-2", 55);
        erp.Time.Advance(TimeSpan.FromSeconds(31));

        var stale = await erp.SnapshotAsync("SKU-2"); // stale-while-revalidate: the full path, one refresh
        await erp.Provider.WhenRefreshesDoneAsync();
        var refreshed = await erp.SnapshotAsync("SKU-2");

        Assert.NotSame(warm, stale);
        Assert.Equal(10m, Assert.Single(stale.BinsOf("SKU-2")).ActualQty);
        Assert.NotSame(warm, refreshed);
        Assert.Equal(55m, Assert.Single(refreshed.BinsOf("SKU-2")).ActualQty);
        Assert.Equal(ErpHarness.Start, refreshed.DataAsOf); // the oldest entry used: master data and item, read at the start
        Assert.Same(refreshed, await erp.SnapshotAsync("SKU-2"));
    }

    [Fact]
    public async Task GetSnapshot_Warm_CountsEveryL1HitInTheMetrics()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        await erp.SnapshotAsync("SKU-2", "SKU-3");
        var factory = erp.Get<IMeterFactory>();
        long hits = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Name == "otp_cache_requests_total")
            {
                l.EnableMeasurementEvents(instrument); // this harness's meter only: other tests run in parallel
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var matched = 0;
            foreach (var tag in tags)
            {
                matched += tag is { Key: "tier", Value: "l1" } or { Key: "result", Value: "hit" } ? 1 : 0;
            }

            if (matched == 2)
            {
                Interlocked.Add(ref hits, value);
            }
        });
        listener.Start();

        await erp.SnapshotAsync("SKU-2", "SKU-3");

        Assert.Equal(5, Interlocked.Read(ref hits)); // master + 2 items + 2 stock
    }

    private static void SetStock(ErpHarness erp, string item, double qty) =>
        erp.Stub.Rows["Bin"].First(b => (string?)b["item_code"] == item)["actual_qty"] = qty;

    private static string Sign(string body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("hook-secret"), Encoding.UTF8.GetBytes(body)));
}
