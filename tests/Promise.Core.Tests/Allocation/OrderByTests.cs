using Promise.Core.Requests;
using Promise.Core.Rules;
using Promise.Core.Supply;
using Promise.Core.Tests.Support;
using static Promise.Core.Tests.Support.Scenario;

namespace Promise.Core.Tests.Allocation;

/// <summary>promise-rules §6 order_by, including every case where it is null.</summary>
public sealed class OrderByTests
{
    [Fact]
    public void Quote_StockBeforeCutoff_OrderByIsTheCutoff()
    {
        var result = WorkedExample().Quote(Order("2026-12-21T09:00:00Z", Line("SKU-1", 3m)));

        Assert.Equal(At("2026-12-21T14:00:00Z"), result.OrderBy);
    }

    [Fact]
    public void Quote_PoDecidesTheDate_OrderByNull()
    {
        // Stock moves to 12-25 after 14:00, but the PO's 12-29 stays the order's date.
        Assert.Null(WorkedExample().Quote(Order("2026-12-21T09:00:00Z", Line("SKU-1", 6m))).OrderBy);
    }

    [Fact]
    public void Quote_NoStockAllocation_OrderByNull()
    {
        var s = WorkedExample();
        s.Bins.Clear();

        Assert.Null(s.Quote(Order("2026-12-21T09:00:00Z", Line("SKU-1", 2m))).OrderBy);
    }

    [Fact]
    public void Quote_Short_OrderByNull() =>
        Assert.Null(WorkedExample().Quote(Order("2026-12-21T09:00:00Z", Line("SKU-1", 30m))).OrderBy);

    [Fact]
    public void Quote_EarliestChangeIsAMidnight_OrderByNull()
    {
        // End of life tomorrow: at midnight the order loses its promise before any cutoff moves it.
        var s = WorkedExample();
        s.Items[0] = new ItemRecord("SKU-1", EndOfLife: D("2026-12-22"));
        s.Rules = s.Rules with { Warehouses = [new WarehouseRule("Stores - AC") { Cutoff = new TimeOnly(2, 0) }] };

        Assert.Null(s.Quote(Order("2026-12-21T20:00:00Z", Line("SKU-1", 1m))).OrderBy);

        s.Items[0] = new ItemRecord("SKU-1");
        Assert.Equal(At("2026-12-22T02:00:00Z"), s.Quote(Order("2026-12-21T20:00:00Z", Line("SKU-1", 1m))).OrderBy);
    }

    [Fact]
    public void Quote_CutoffOfAPoOnlyWarehouse_OrderByNull()
    {
        // Stock in Stores (cutoff 20:00) is not what moves the date; Annex's 10:00 cutoff moves its PO a day.
        var s = new Scenario
        {
            Rules = new ServiceRules
            {
                Warehouses = [new WarehouseRule("Stores - AC") { Cutoff = new TimeOnly(20, 0) }, new WarehouseRule("Annex - AC") { Cutoff = new TimeOnly(10, 0) }],
            },
        };
        s.Warehouse("Stores - AC").Warehouse("Annex - AC").Item("SKU-1").Stock("SKU-1", "Stores - AC", 1m)
            .Po("PO-1", 1, "SKU-1", "Annex - AC", 5m, "2026-12-10");

        var result = s.Quote(Order("2026-12-21T09:00:00Z", Line("SKU-1", 3m)));

        Assert.Equal(2, result.Plan[0].Fulfillment.Count);
        Assert.Null(result.OrderBy);
    }

    [Fact]
    public void Quote_OrderTimezoneOverride_OrderByFollowsOverriddenCutoff()
    {
        var request = Order("2026-12-21T09:00:00Z", Line("SKU-1", 3m)) with
        {
            Rules = new RequestRules { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), CutoffTime = new TimeOnly(12, 0) },
        };

        Assert.Equal(At("2026-12-21T17:00:00Z"), WorkedExample().Quote(request).OrderBy);
    }
}
