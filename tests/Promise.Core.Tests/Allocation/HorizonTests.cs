using Promise.Core.Results;
using Promise.Core.Supply;
using Promise.Core.Tests.Support;
using static Promise.Core.Tests.Support.Scenario;

namespace Promise.Core.Tests.Allocation;

/// <summary>promise-rules §2 horizon: nothing is dated past order date + 730 days.</summary>
public sealed class HorizonTests
{
    private const string Monday = "2026-12-21T09:00:00Z";

    [Fact]
    public void Quote_PoPastHorizon_ShortBeyondHorizon()
    {
        var s = new Scenario();
        s.Warehouse("Stores - AC").Item("SKU-1").Po("PO-1", 1, "SKU-1", "Stores - AC", 5m, "2029-01-01");

        var line = Assert.Single(s.Quote(Order(Monday, Line("SKU-1", 5m))).Plan);

        Assert.Equal((LineStatus.Unavailable, ShortReason.BeyondHorizon), (line.Status, line.Reason!.Value));
    }

    [Fact]
    public void Quote_PoPastHorizonButLeadTimeWithin_UsesLeadTime()
    {
        var s = new Scenario();
        s.Warehouse("Stores - AC").Add(new ItemRecord("SKU-1", LeadTimeDays: 60)).Po("PO-1", 1, "SKU-1", "Stores - AC", 5m, "2029-01-01");

        var f = Assert.Single(Assert.Single(s.Quote(Order(Monday, Line("SKU-1", 5m))).Plan).Fulfillment);

        Assert.Equal(SupplySource.LeadTime, f.Source);
    }

    [Theory]
    [InlineData(700, false)]
    [InlineData(731, true)]
    [InlineData(int.MaxValue, true)]
    public void Quote_LeadTimeAndDropShip_BoundedByHorizon(int leadTimeDays, bool beyond)
    {
        var s = new Scenario();
        s.Warehouse("Stores - AC").Add(new ItemRecord("SKU-1", LeadTimeDays: leadTimeDays))
            .Add(new ItemRecord("DROP", LeadTimeDays: leadTimeDays, DeliveredBySupplier: true));

        var result = s.Quote(Order(Monday, Line("SKU-1", 1m, id: "1"), Line("DROP", 1m, id: "2")));

        Assert.Equal(beyond, result.Plan[0].Reason == ShortReason.BeyondHorizon);
        Assert.Equal(beyond, result.Plan[1].Reason == ShortReason.BeyondHorizon);
    }

    [Fact]
    public void Quote_HolidayListClosingTwoYears_BeyondHorizonNotAHang()
    {
        var s = new Scenario();
        var start = D("2026-12-21");
        s.HolidayLists.Add(new HolidayList("Closed", [.. Enumerable.Range(0, 800).Select(i => new Holiday(start.AddDays(i), false))]));
        s.Rules = new Rules.ServiceRules { HolidayList = "Closed" };
        s.Warehouse("Stores - AC").Item("SKU-1").Stock("SKU-1", "Stores - AC", 5m);

        var line = Assert.Single(s.Quote(Order(Monday, Line("SKU-1", 1m))).Plan);

        Assert.Equal(ShortReason.BeyondHorizon, line.Reason);
    }
}
