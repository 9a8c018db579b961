using Promise.Core.Requests;
using Promise.Core.Rules;
using Promise.Core.Tests.Support;
using static Promise.Core.Tests.Support.Scenario;

namespace Promise.Core.Tests.Allocation;

/// <summary>promise-rules §2 earliest pick day and §6 order_by in several time zones, including DST change days.</summary>
public sealed class CutoffTests
{
    [Theory]
    [InlineData("Europe/Berlin", "14:00", "2026-12-21T12:59:00Z", "2026-12-21")]
    [InlineData("Europe/Berlin", "14:00", "2026-12-21T13:00:00Z", "2026-12-22")]
    [InlineData("Europe/Berlin", "14:00", "2026-12-21T23:30:00Z", "2026-12-22")] // 00:30 local on the 22nd
    [InlineData("Europe/Berlin", "02:30", "2026-03-29T00:59:00Z", "2026-03-29")] // spring gap: 01:59 CET is before
    [InlineData("Europe/Berlin", "02:30", "2026-03-29T01:00:00Z", "2026-03-30")] // 03:00 CEST: first instant after the gap
    [InlineData("Europe/Berlin", "02:30", "2026-10-25T00:29:00Z", "2026-10-25")] // fall: 02:29 CEST
    [InlineData("Europe/Berlin", "02:30", "2026-10-25T00:30:00Z", "2026-10-26")] // ambiguous 02:30: the earlier instant
    [InlineData("Europe/Berlin", "02:30", "2026-10-25T01:15:00Z", "2026-10-26")] // 02:15 CET (second pass) is after it
    [InlineData("America/New_York", "14:00", "2026-12-21T18:59:00Z", "2026-12-21")]
    [InlineData("America/New_York", "14:00", "2026-12-21T19:00:00Z", "2026-12-22")]
    [InlineData("America/New_York", "14:00", "2026-12-22T03:00:00Z", "2026-12-22")] // 22:00 on the 21st local, after cutoff
    [InlineData("America/New_York", "02:30", "2026-03-08T06:59:00Z", "2026-03-08")] // 01:59 EST
    [InlineData("America/New_York", "02:30", "2026-03-08T07:00:00Z", "2026-03-09")] // 03:00 EDT ends the gap
    [InlineData("America/New_York", "01:30", "2026-11-01T05:29:00Z", "2026-11-01")]
    [InlineData("America/New_York", "01:30", "2026-11-01T05:30:00Z", "2026-11-02")] // 01:30 EDT, the earlier one
    [InlineData("America/New_York", "01:30", "2026-11-01T06:15:00Z", "2026-11-02")] // 01:15 EST, after the cutoff
    [InlineData("Asia/Tokyo", "14:00", "2026-12-21T04:59:00Z", "2026-12-21")]
    [InlineData("Asia/Tokyo", "14:00", "2026-12-21T05:00:00Z", "2026-12-22")]
    [InlineData("Asia/Tokyo", "14:00", "2026-12-21T20:00:00Z", "2026-12-22")] // 05:00 on the 22nd local
    [InlineData("UTC", "00:00", "2026-12-21T00:00:00Z", "2026-12-22")]
    public void Quote_Cutoff_EarliestPickDay(string zone, string cutoff, string at, string pick)
    {
        var f = Assert.Single(Assert.Single(Zoned(zone, cutoff).Quote(Request(at)).Plan).Fulfillment);

        Assert.Equal(D(pick), f.AvailableDate);
    }

    [Theory]
    [InlineData("America/New_York", "02:30", "2026-03-08T05:00:00Z", "2026-03-08T07:00:00Z")]
    [InlineData("Europe/Berlin", "02:30", "2026-10-24T23:00:00Z", "2026-10-25T00:30:00Z")]
    [InlineData("Europe/Berlin", "02:30", "2026-03-28T23:00:00Z", "2026-03-29T01:00:00Z")]
    [InlineData("Asia/Tokyo", "14:00", "2026-12-21T05:00:00Z", "2026-12-22T05:00:00Z")] // today's passed: tomorrow's
    public void Quote_StockDecides_OrderByIsTheCutoffInUtc(string zone, string cutoff, string at, string orderBy)
    {
        var result = Zoned(zone, cutoff).Quote(Request(at));

        Assert.Equal(At(orderBy), result.OrderBy);
        Assert.Equal(TimeSpan.Zero, result.OrderBy!.Value.Offset);
    }

    /// <summary>
    /// New York springs forward on Sunday 2026-03-08, a 23-hour day: an order at 23:30 on Saturday has the
    /// cutoff (00:15) of Monday, two local days later, within its 24 hours. Sunday's cutoff moves nothing
    /// (weekends off: stock is available Monday either way); Monday's does, so it is the order_by.
    /// </summary>
    [Fact]
    public void Quote_TwentyThreeHourDay_OrderByIsTheCutoffTwoLocalDaysLater()
    {
        var request = Order("2026-03-08T04:30:00Z", Line("SKU-1", 1m)) with { Rules = new RequestRules { TransitDays = 0 } };

        var result = Zoned("America/New_York", "00:15").Quote(request);

        Assert.Equal(D("2026-03-09"), Assert.Single(Assert.Single(result.Plan).Fulfillment).AvailableDate);
        Assert.Equal(At("2026-03-09T04:15:00Z"), result.OrderBy);
    }

    private static PromiseRequest Request(string at) =>
        Order(at, Line("SKU-1", 1m)) with { Rules = new RequestRules { NoWeekends = false, TransitDays = 0 } };

    private static Scenario Zoned(string zone, string cutoff)
    {
        var s = new Scenario
        {
            Rules = new ServiceRules
            {
                Warehouses =
                [
                    new WarehouseRule("Stores - AC")
                    {
                        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(zone),
                        Cutoff = TimeOnly.Parse(cutoff, System.Globalization.CultureInfo.InvariantCulture),
                    },
                ],
            },
        };
        s.Warehouse("Stores - AC").Item("SKU-1").Stock("SKU-1", "Stores - AC", 10m);
        return s;
    }
}
