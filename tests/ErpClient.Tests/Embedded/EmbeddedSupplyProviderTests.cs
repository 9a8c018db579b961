using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Promise.ErpClient.DependencyInjection;
using Promise.ErpClient.Health;
using Promise.ErpClient.Supply;

namespace Promise.ErpClient.Tests.Embedded;

public sealed class EmbeddedSupplyProviderTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 21, 9, 0, 0, TimeSpan.Zero);

    private static ServiceProvider Build(Dictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(time ?? new FakeTimeProvider(Today));
        services.AddErpSupply(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public async Task GetSnapshot_DemoData_ServesStableSkusWithDataAsOfLoadTime()
    {
        await using var provider = Build();
        var supply = provider.GetRequiredService<ISupplyProvider>();

        var snapshot = await supply.GetSnapshotAsync(["SKU-001", "sku-002", "SKU-999"], CancellationToken.None);

        Assert.NotNull(snapshot.FindItem("SKU-001"));
        Assert.NotNull(snapshot.FindItem("SKU-002"));
        Assert.Null(snapshot.FindItem("SKU-999"));
        Assert.NotEmpty(snapshot.BinsOf("SKU-001"));
        Assert.Equal(Today, snapshot.DataAsOf);
        Assert.False(snapshot.Degraded);
        Assert.Contains(snapshot.Warehouses.Values, w => w.IsGroup);
        Assert.Contains(snapshot.Warehouses.Values, w => w.WarehouseType == "Transit");
        Assert.Contains(snapshot.Warehouses.Values, w => w.Name.StartsWith("Work In Progress", StringComparison.Ordinal));
        Assert.Single(snapshot.HolidayLists);
        Assert.Equal("Embedded", provider.GetRequiredService<ISupplyHealth>().GetReport().Mode);
    }

    [Fact]
    public async Task GetSnapshot_DemoData_CoversEveryItemKind()
    {
        await using var provider = Build();
        var supply = provider.GetRequiredService<ISupplyProvider>();
        var codes = Enumerable.Range(1, 50).Select(n => $"SKU-{n:000}").ToList();

        var snapshot = await supply.GetSnapshotAsync(codes, CancellationToken.None);

        Assert.Equal(50, snapshot.Items.Count);
        Assert.Contains(codes, c => snapshot.BinsOf(c).Select(b => b.Warehouse).Distinct().Count() > 1);
        Assert.Contains(codes, c => snapshot.BinsOf(c).Count == 0 && snapshot.PurchaseOrderLinesOf(c).Count > 0);
        Assert.Contains(snapshot.Items.Values, i => i.LeadTimeDays > 0 && snapshot.BinsOf(i.ItemCode).Count == 0 && snapshot.PurchaseOrderLinesOf(i.ItemCode).Count == 0);
        Assert.Contains(snapshot.Items.Values, i => !i.IsStockItem);
        Assert.Contains(snapshot.Items.Values, i => i.DeliveredBySupplier);
        Assert.Contains(snapshot.Items.Values, i => i.Disabled);
        Assert.Contains(snapshot.Items.Values, i => i.EndOfLife <= DateOnly.FromDateTime(Today.UtcDateTime));
        Assert.Contains(codes, c => snapshot.PurchaseOrderLinesOf(c).Any(l => l.ConversionFactor != 1m));
    }

    [Fact]
    public async Task GetSnapshot_DemoData_ExcludesClosedOnHoldDraftCancelledAndDropShipLines()
    {
        await using var provider = Build();
        var supply = provider.GetRequiredService<ISupplyProvider>();

        var snapshot = await supply.GetSnapshotAsync(["SKU-001", "SKU-002", "SKU-003", "SKU-004", "SKU-005", "SKU-006", "SKU-050"], CancellationToken.None);

        foreach (var code in new[] { "SKU-001", "SKU-002", "SKU-003", "SKU-004", "SKU-005", "SKU-006" })
        {
            Assert.Empty(snapshot.PurchaseOrderLinesOf(code));
        }

        Assert.Single(snapshot.PurchaseOrderLinesOf("SKU-050"));
    }

    [Fact]
    public async Task GetSnapshot_DemoData_IsDeterministicForADate()
    {
        await using var first = Build();
        await using var second = Build();
        var codes = Enumerable.Range(1, 50).Select(n => $"SKU-{n:000}").ToList();

        var a = await first.GetRequiredService<ISupplyProvider>().GetSnapshotAsync(codes, CancellationToken.None);
        var b = await second.GetRequiredService<ISupplyProvider>().GetSnapshotAsync(codes, CancellationToken.None);

        Assert.Equal(codes.SelectMany(a.PurchaseOrderLinesOf), codes.SelectMany(b.PurchaseOrderLinesOf));
        Assert.Equal(codes.SelectMany(a.BinsOf), codes.SelectMany(b.BinsOf));
    }

    [Fact]
    public async Task GetSnapshot_FixtureFile_AppliesCompanyFilterAndReadRules()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fixture-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """
            {
              "Company": [{"name": "AC", "default_holiday_list": "AC 2026"}, {"name": "BC", "default_holiday_list": "BC 2026"}],
              "Warehouse": [{"name": "Stores - AC", "company": "AC"}, {"name": "Stores - BC", "company": "BC"}],
              "Item": [{"item_code": "SKU-1", "lead_time_days": 14}],
              "Bin": [{"item_code": "SKU-1", "warehouse": "Stores - AC", "actual_qty": 5.0, "reserved_qty": 2.0}],
              "Purchase Order": [
                {"name": "PO-1", "company": "AC", "status": "To Receive and Bill", "docstatus": 1, "items": [
                  {"item_code": "SKU-1", "warehouse": "Stores - AC", "qty": 10.0, "received_qty": 4.0, "conversion_factor": 12.0, "schedule_date": "2026-12-23"},
                  {"item_code": "SKU-1", "warehouse": "Stores - AC", "qty": 3.0, "received_qty": 3.0, "conversion_factor": 1.0, "schedule_date": "2026-12-23"}]},
                {"name": "PO-2", "company": "BC", "status": "To Receive", "docstatus": 1, "items": [
                  {"item_code": "SKU-1", "warehouse": "Stores - BC", "qty": 10.0, "received_qty": 0.0, "conversion_factor": 1.0, "schedule_date": "2026-12-23"}]}],
              "Holiday List": [{"name": "AC 2026", "holidays": [{"holiday_date": "2026-12-25", "weekly_off": 0}]}]
            }
            """);
        try
        {
            await using var provider = Build(new() { ["Erp:FixtureFile"] = path, ["Erp:Company"] = "AC" });
            var snapshot = await provider.GetRequiredService<ISupplyProvider>().GetSnapshotAsync(["sku-1"], CancellationToken.None);

            var line = Assert.Single(snapshot.PurchaseOrderLinesOf("SKU-1"));
            Assert.Equal(72m, line.OutstandingStockQty);
            Assert.Equal(1, line.Idx); // idx defaults to the position; the fully received second line is dropped
            Assert.Equal(["Stores - AC"], snapshot.Warehouses.Keys);
            Assert.Equal("AC 2026", snapshot.CompanyDefaultHolidayLists["AC"]);
            Assert.Equal(3m, Assert.Single(snapshot.BinsOf("SKU-1")).RawFreeQty);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task HostStart_BrokenFixtureFile_FailsNamingTheKey()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fixture-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, "{ this is not json");
        try
        {
            await using var provider = Build(new() { ["Erp:FixtureFile"] = path });

            var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            {
                foreach (var service in provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>())
                {
                    await service.StartAsync(CancellationToken.None);
                }
            });

            Assert.Contains("Erp:FixtureFile", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
