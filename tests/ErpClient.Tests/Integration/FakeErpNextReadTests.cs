using Xunit.Abstractions;

namespace Promise.ErpClient.Tests.Integration;

/// <summary>Reads against the Frappe-faithful fake ERPNext.</summary>
public sealed class FakeErpNextReadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly FakeSite _site = new();

    public Task InitializeAsync() => _site.InitializeAsync();

    public Task DisposeAsync() => _site.DisposeAsync();

    [Theory]
    [InlineData("500")]
    [InlineData("7")]
    public async Task GetSnapshot_MoreBinsThanTheDefaultPage_LosesNothing(string pageSize)
    {
        await using var erp = _site.Client(new() { ["Erp:PageSize"] = pageSize });

        var snapshot = await erp.SnapshotAsync("SKU-1");

        Assert.Equal(25, snapshot.BinsOf("SKU-1").Count);
        Assert.Equal(25, snapshot.BinsOf("SKU-1").Select(b => b.Warehouse).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 25).Sum(), snapshot.BinsOf("SKU-1").Sum(b => b.ActualQty));
    }

    [Fact]
    public async Task GetSnapshot_PurchaseOrders_KeepsOnlyOpenLinesInStockUom()
    {
        await using var erp = _site.Client();

        var snapshot = await erp.SnapshotAsync("sku-2");

        // Without Erp:Company every company's open orders count; every other SKU-2 line must be dropped.
        var lines = snapshot.PurchaseOrderLinesOf("SKU-2");
        Assert.Equal(["PO-OPEN", "PO-OTHER-CO"], lines.Select(l => l.PoName).Order(StringComparer.Ordinal));
        var line = lines.Single(l => l.PoName == "PO-OPEN");
        Assert.Equal(1, line.Idx);
        Assert.Equal(72m, line.OutstandingStockQty);
        Assert.Equal(new DateOnly(2026, 12, 30), line.ArrivalDate);
        Assert.Equal(new DateOnly(2026, 12, 28), line.ScheduleDate);
    }

    [Fact]
    public async Task GetSnapshot_CompanySet_FiltersWarehousesAndPurchaseOrders()
    {
        await using var erp = _site.Client(new() { ["Erp:Company"] = "AC" });

        var snapshot = await erp.SnapshotAsync("SKU-2");

        Assert.DoesNotContain("Stores - BC", snapshot.Warehouses.Keys);
        Assert.Equal(3, snapshot.Warehouses.Count);
        Assert.Single(snapshot.PurchaseOrderLinesOf("SKU-2"));
        Assert.Equal("AC 2026", snapshot.CompanyDefaultHolidayLists["AC"]);
        Assert.Contains(snapshot.HolidayLists["AC 2026"].Holidays, h => h.Date == new DateOnly(2026, 12, 25) && !h.WeeklyOff);
    }

    [Fact]
    public async Task GetSnapshot_Masters_AreMappedFromTheSite()
    {
        await using var erp = _site.Client();

        var snapshot = await erp.SnapshotAsync("SKU-3", "NOT-AN-ITEM");

        var item = snapshot.FindItem("sku-3");
        Assert.NotNull(item);
        Assert.Equal(3, item.LeadTimeDays);
        Assert.Equal(new DateOnly(2099, 12, 31), item.EndOfLife);
        Assert.Null(snapshot.FindItem("NOT-AN-ITEM"));
        Assert.Equal(0.5m, Assert.Single(snapshot.BinsOf("SKU-3")).ReservedQtyForProductionPlan);
        Assert.Equal("Transit", snapshot.FindWarehouse("Goods In Transit - AC")!.WarehouseType);
        Assert.True(snapshot.FindWarehouse("All Warehouses - AC")!.IsGroup);
        Assert.Equal(4, snapshot.Warehouses.Count);
    }

    [Fact]
    public async Task GetSnapshot_ColdThenWarm_OneBinAndOnePoCallThenNone()
    {
        await using var erp = _site.Client();

        await erp.SnapshotAsync("SKU-4", "SKU-5", "SKU-6");
        var bin = _site.Count("Bin");
        var po = _site.Count("Purchase Order");
        _site.Controls.ResetRequests();
        await erp.SnapshotAsync("SKU-6", "SKU-5", "sku-4");

        Assert.Equal(1, bin);
        Assert.Equal(1, po);
        Assert.Empty(_site.Controls.Requests);
    }

    [Fact]
    public async Task GetSnapshot_ManyConcurrentRequests_ProduceFarFewerErpCallsThanRequests()
    {
        _site.Controls.SetLatency("Bin", TimeSpan.FromMilliseconds(50));
        _site.Controls.SetLatency("Purchase Order", TimeSpan.FromMilliseconds(50));
        await using var erp = _site.Client(new() { ["Erp:CoalesceWindow"] = "00:00:00.010" }, TimeProvider.System);
        await erp.SnapshotAsync("SKU-3"); // master data warm, so only stock and items are in play
        _site.Controls.ResetRequests();
        const int requests = 60;

        var snapshots = await Task.WhenAll(Enumerable.Range(0, requests).Select(i =>
            Task.Run(() => erp.SnapshotAsync($"SKU-{10 + (i % 30)}", $"SKU-{40 + (i % 20)}"))));

        Assert.All(snapshots, s => Assert.Equal(2, s.Items.Count));
        Assert.All(snapshots, s => Assert.All(s.Items.Keys, code => Assert.Single(s.BinsOf(code))));
        var stockCalls = _site.Count("Bin") + _site.Count("Purchase Order");
        output.WriteLine($"{requests} concurrent requests, 50 distinct items: {_site.Count("Bin")} Bin + {_site.Count("Purchase Order")} PO + {_site.Count("Item")} Item calls");
        Assert.True(stockCalls < requests / 2, $"{stockCalls} Bin/PO calls for {requests} concurrent requests (50 distinct items)");
    }

    [Fact]
    public async Task GetSnapshot_OlderSiteWithoutOptionalFields_FallsBackOnce()
    {
        _site.Controls.SetUnsupportedFields("Bin", "reserved_qty_for_production_plan", "reserved_stock");
        _site.Controls.SetUnsupportedFields("Warehouse", "is_rejected_warehouse");
        await using var erp = _site.Client();

        var first = await erp.SnapshotAsync("SKU-3");
        var firstBinCalls = _site.Count("Bin");
        await erp.SnapshotAsync("SKU-7");

        Assert.Equal(0m, Assert.Single(first.BinsOf("SKU-3")).ReservedQtyForProductionPlan);
        Assert.Equal(4, first.Warehouses.Count);
        Assert.Equal(2, firstBinCalls);
        Assert.Equal(3, _site.Count("Bin"));
    }

    [Fact]
    public async Task GetSnapshot_HolidayListForbidden_DegradesAndReportsIt()
    {
        _site.Controls.Forbid("Holiday List");
        await using var erp = _site.Client();

        var snapshot = await erp.SnapshotAsync("SKU-3");

        Assert.False(snapshot.Sources.HolidayLists);
        Assert.Empty(snapshot.HolidayLists);
        Assert.Single(snapshot.BinsOf("SKU-3"));
        Assert.True(erp.Health.GetReport().HolidayListForbidden);
        Assert.True(erp.Health.GetReport().CanServe);
    }

    [Fact]
    public async Task GetSnapshot_LongItemList_GoesThroughPostGetListAndFindsEverything()
    {
        await using var erp = _site.Client(new() { ["Erp:MaxGetUrlLength"] = "1000" });
        var codes = Enumerable.Range(1, 60).Select(n => $"SKU-{n}").ToArray();

        var snapshot = await erp.SnapshotAsync(codes);

        Assert.Equal(60, snapshot.Items.Count);
        Assert.Equal(25 + 59, codes.Sum(c => snapshot.BinsOf(c).Count));
        Assert.Contains(_site.Controls.Requests, r => r.Method == "POST" && r.Doctype == "Bin");
    }

    [Fact]
    public async Task GetSnapshot_PurchaseOrdersForbidden_ServesStockAndMarksPoSupplyUnknown()
    {
        _site.Controls.Forbid("Purchase Order");
        await using var erp = _site.Client();

        var snapshot = await erp.SnapshotAsync("SKU-2");

        Assert.False(snapshot.Sources.PurchaseOrders);
        Assert.True(snapshot.Sources.HolidayLists);
        Assert.Single(snapshot.BinsOf("SKU-2"));
        Assert.Empty(snapshot.PurchaseOrderLinesOf("SKU-2"));
        Assert.Equal(1, _site.Count("Purchase Order"));
    }

    [Fact]
    public async Task GetSnapshot_PastStockTtl_ServesStaleThenTheRefreshedData()
    {
        await using var erp = _site.Client();
        await erp.SnapshotAsync("SKU-3");
        var changed = SiteFixture.Json().Replace("\"actual_qty\":13", "\"actual_qty\":99", StringComparison.Ordinal);
        Assert.NotEqual(SiteFixture.Json(), changed);
        _site.Controls.ReplaceFixture(changed);
        erp.Time.Advance(TimeSpan.FromSeconds(31));
        _site.Controls.ResetRequests();

        var stale = await erp.SnapshotAsync("SKU-3");
        await erp.Provider.WhenRefreshesDoneAsync();
        var fresh = await erp.SnapshotAsync("SKU-3");

        Assert.Equal(13m, Assert.Single(stale.BinsOf("SKU-3")).ActualQty);
        Assert.False(stale.Degraded);
        Assert.Equal(99m, Assert.Single(fresh.BinsOf("SKU-3")).ActualQty);
        Assert.Equal(1, _site.Count("Bin"));
        Assert.Equal(1, _site.Count("Purchase Order"));
    }
}
