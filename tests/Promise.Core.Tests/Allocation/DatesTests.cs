using Promise.Core.Facts;
using Promise.Core.Requests;
using Promise.Core.Results;
using Promise.Core.Rules;
using Promise.Core.Supply;
using Promise.Core.Tests.Support;
using static Promise.Core.Tests.Support.Scenario;

namespace Promise.Core.Tests.Allocation;

/// <summary>promise-rules §2 and §4: stock, PO and carrier dates through the engine, and the request's rule overrides.</summary>
public sealed class DatesTests
{
    private static Scenario Stocked()
    {
        var s = WorkedExample();
        s.Bins[0] = new BinRecord("SKU-1", "Stores - AC", 100m, 0m);
        return s;
    }

    [Theory]
    [InlineData("2026-12-21T13:59:59Z", "2026-12-21", "2026-12-24")] // before the cutoff
    [InlineData("2026-12-21T14:00:00Z", "2026-12-22", "2026-12-25")] // at the cutoff: next day
    [InlineData("2026-12-24T15:00:00Z", "2026-12-28", "2026-12-31")] // pick 12-25 is a holiday, then the weekend
    [InlineData("2026-12-26T09:00:00Z", "2026-12-28", "2026-12-31")] // Saturday
    [InlineData("2026-12-23T09:00:00Z", "2026-12-23", "2026-12-28")] // carriers deliver Fri 25 (no holiday list), skip the weekend
    public void Quote_StockDates_FollowCutoffAndCalendars(string at, string ship, string delivery)
    {
        var result = Stocked().Quote(Order(at, Line("SKU-1", 1m)));

        var f = Assert.Single(Assert.Single(result.Plan).Fulfillment);
        Assert.Equal(D(ship), f.AvailableDate);
        Assert.Equal(D(ship), f.ShipReadyDate);
        Assert.Equal(D(delivery), f.DeliveryDate);
    }

    [Fact]
    public void Quote_PickDayNotWorking_RecordsNonWorkingDay()
    {
        var result = Stocked().Quote(Order("2026-12-24T15:00:00Z", Line("SKU-1", 1m)));

        var fact = Assert.Single(result.Reasons, r => r.Kind == FactKind.NonWorkingDay);
        Assert.Equal((D("2026-12-25"), D("2026-12-28"), "Stores - AC"), (fact.Date!.Value, fact.OtherDate!.Value, fact.Warehouse));
        Assert.Contains(result.Reasons, r => r.Kind == FactKind.CutoffPassed && r.Date == D("2026-12-25"));
    }

    [Theory]
    [InlineData(0, 0, "2026-12-22", "2026-12-22")]
    [InlineData(2, 0, "2026-12-22", "2026-12-24")]
    [InlineData(3, 0, "2026-12-22", "2026-12-28")]
    [InlineData(0, 1, "2026-12-22", "2026-12-23")]
    public void Quote_ProcessingAndTransit_WorkingDays(int processing, int transit, string available, string delivery)
    {
        var s = Stocked();
        s.Rules = s.Rules with { Warehouses = [new WarehouseRule("Stores - AC") { ProcessingDays = processing }] };
        var request = Order("2026-12-21T15:00:00Z", Line("SKU-1", 1m)) with { Rules = new RequestRules { TransitDays = transit } };

        var f = Assert.Single(Assert.Single(s.Quote(request).Plan).Fulfillment);

        Assert.Equal(D(available), f.AvailableDate);
        Assert.Equal(D(delivery), f.DeliveryDate);
    }

    [Fact]
    public void Quote_RequestOverrides_ReplaceEveryWarehouseRule()
    {
        var s = Stocked();
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var request = Order("2026-12-21T15:30:00Z", Line("SKU-1", 1m)) with
        {
            Rules = new RequestRules { CutoffTime = new TimeOnly(17, 0), TimeZone = berlin, ProcessingDays = 1, TransitDays = 0 },
        };

        // 16:30 Berlin is before the 17:00 cutoff: pick Mon 12-21, one processing day: ship Tue.
        var f = Assert.Single(Assert.Single(s.Quote(request).Plan).Fulfillment);

        Assert.Equal(D("2026-12-21"), f.AvailableDate);
        Assert.Equal(D("2026-12-22"), f.ShipReadyDate);
        Assert.Equal(D("2026-12-22"), f.DeliveryDate);
    }

    [Fact]
    public void Quote_NoWeekendsFalse_WarehousesAndCarriersWorkWeekends()
    {
        var s = Stocked();
        s.HolidayLists[0] = new HolidayList("AC 2026", [new Holiday(D("2026-12-25"), false), new Holiday(D("2026-12-28"), true)]);
        var request = Order("2026-12-25T15:00:00Z", Line("SKU-1", 1m)) with { Rules = new RequestRules { NoWeekends = false } };

        var f = Assert.Single(Assert.Single(s.Quote(request).Plan).Fulfillment);

        // Pick Sat 12-26 is working; the carrier delivers Sun 27, Mon 28 (weekly_off row dropped), Tue 29.
        Assert.Equal(D("2026-12-26"), f.ShipReadyDate);
        Assert.Equal(D("2026-12-29"), f.DeliveryDate);
    }

    [Fact]
    public void Quote_WeeklyOffRow_IsAWeeklyOffDayByDefault()
    {
        var s = Stocked();
        s.HolidayLists[0] = new HolidayList("AC 2026", [new Holiday(D("2026-12-22"), true)]);

        var f = Assert.Single(Assert.Single(s.Quote(Order("2026-12-21T15:00:00Z", Line("SKU-1", 1m))).Plan).Fulfillment);

        Assert.Equal(D("2026-12-23"), f.ShipReadyDate);
    }

    [Fact]
    public void Quote_ConfiguredWeeklyOffAndCarrierRules_Apply()
    {
        var s = Stocked();
        s.Rules = s.Rules with
        {
            WeeklyOff = [DayOfWeek.Tuesday],
            ShippingMethods = ServiceRules.MergeShippingMethods(
                [new ShippingMethod("standard", 2) { CarrierWeeklyOff = [DayOfWeek.Wednesday], HolidayList = "AC 2026" }]),
        };

        var f = Assert.Single(Assert.Single(s.Quote(Order("2026-12-21T15:00:00Z", Line("SKU-1", 1m))).Plan).Fulfillment);

        // Pick Tue 12-22 is off: ship Wed 12-23; carrier: Thu 24, (Fri 25 holiday), Sat 26.
        Assert.Equal(D("2026-12-23"), f.ShipReadyDate);
        Assert.Equal(D("2026-12-26"), f.DeliveryDate);
    }

    [Fact]
    public void Quote_HolidayListPrecedence_WarehouseRuleThenServiceThenCompany()
    {
        var s = Stocked();
        s.Rules = new ServiceRules();
        s.CompanyLists["AC"] = "AC 2026";
        s.HolidayLists.Add(new HolidayList("Stores only", [new Holiday(D("2026-12-22"), false)]));
        var at = "2026-12-21T15:00:00Z";

        Assert.Equal(D("2026-12-22"), ShipOf(s.Quote(Order(at, Line("SKU-1", 1m)))));

        s.CompanyLists["AC"] = "Stores only";
        Assert.Equal(D("2026-12-23"), ShipOf(s.Quote(Order(at, Line("SKU-1", 1m)))));

        s.Rules = new ServiceRules { HolidayList = "AC 2026", Warehouses = [new WarehouseRule("Stores - AC") { HolidayList = "Stores only" }] };
        Assert.Equal(D("2026-12-23"), ShipOf(s.Quote(Order(at, Line("SKU-1", 1m)))));
    }

    private static DateOnly? ShipOf(PromiseResult result) => result.Plan[0].Fulfillment[0].ShipReadyDate;
}
