using System.Net;
using Microsoft.Extensions.Hosting;
using Promise.ErpClient.DependencyInjection;
using Promise.ErpClient.Tests.Support;

namespace Promise.ErpClient.Tests.Supply;

/// <summary>The start-up warm-up of ErpNext mode: item masters and master data read before the first promise.</summary>
public sealed class SupplyWarmupTests
{
    [Fact]
    public async Task Warmup_ErpAnswers_ReadsItemsAndMasterDataThenReady()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        var warmup = Warmup(erp);
        Assert.False(erp.Health.GetReport().MasterDataLoaded);

        await warmup.StartAsync(CancellationToken.None);
        await warmup.ExecuteTask!;

        Assert.True(erp.Health.GetReport().MasterDataLoaded);
        Assert.Equal(1, erp.Stub.Count("Item")); // 300 items: one page
        Assert.Equal(1, erp.Stub.Count("Warehouse"));
        erp.Stub.Reset();
        var snapshot = await erp.SnapshotAsync("SKU-7", "SKU-250");
        Assert.Equal(0, erp.Stub.Count("Item")); // the first promise finds its item masters cached
        Assert.Equal(0, erp.Stub.Count("Warehouse"));
        Assert.Equal(2, snapshot.Items.Count);
        await warmup.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Warmup_ErpDownAtStart_NotReadyAndRetriesUntilErpAnswers()
    {
        await using var erp = new ErpHarness(new() { ["Erp:MaxRetries"] = "0", ["Erp:BreakerMinimumThroughput"] = "1000" });
        erp.Stub.Seed();
        erp.Stub.Intercept = _ => StubErpHandler.Json(HttpStatusCode.ServiceUnavailable, "{}");
        var warmup = Warmup(erp);

        await warmup.StartAsync(CancellationToken.None);
        await WaitUntil(() => erp.Stub.Count("Item") >= 1);
        Assert.False(erp.Health.GetReport().MasterDataLoaded);
        erp.Time.Advance(SupplyWarmupService.FirstRetryDelay); // the first retry: ERPNext still down
        await WaitUntil(() => erp.Stub.Count("Item") >= 2);
        Assert.False(erp.Health.GetReport().MasterDataLoaded);

        erp.Stub.Intercept = null;
        await erp.PumpAsync(WhenLoaded(erp), SupplyWarmupService.FirstRetryDelay);

        Assert.True(erp.Health.GetReport().MasterDataLoaded);
        await warmup.ExecuteTask!;
        await warmup.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Warmup_HostStopsWhileErpIsDown_EndsWithoutThrowing()
    {
        await using var erp = new ErpHarness(new() { ["Erp:MaxRetries"] = "0", ["Erp:BreakerMinimumThroughput"] = "1000" });
        erp.Stub.Intercept = _ => StubErpHandler.Json(HttpStatusCode.ServiceUnavailable, "{}");
        var warmup = Warmup(erp);
        await warmup.StartAsync(CancellationToken.None);
        await WaitUntil(() => erp.Stub.Count("Item") >= 1);

        await warmup.StopAsync(CancellationToken.None);

        Assert.True(warmup.ExecuteTask!.IsCompletedSuccessfully);
        Assert.False(erp.Health.GetReport().MasterDataLoaded);
    }

    private static SupplyWarmupService Warmup(ErpHarness erp) =>
        erp.Get<IEnumerable<IHostedService>>().OfType<SupplyWarmupService>().Single();

    private static async Task<bool> WhenLoaded(ErpHarness erp)
    {
        await WaitUntil(() => erp.Health.GetReport().MasterDataLoaded);
        return true;
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
