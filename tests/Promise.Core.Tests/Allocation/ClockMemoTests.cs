using Promise.Core.Requests;
using Promise.Core.Tests.Support;

namespace Promise.Core.Tests.Allocation;

/// <summary>
/// The per-thread memo of stock dates (same pick day asked again) never answers for other inputs: quotes that
/// differ only in transit, processing, weekends or horizon, run back to back on one thread, match quotes each
/// computed on a fresh thread.
/// </summary>
public sealed class ClockMemoTests
{
    [Fact]
    public void Quote_SamePickDayOtherRules_SameAsOnAFreshThread()
    {
        var s = Scenario.WorkedExample();
        var snapshot = s.Snapshot();
        var engine = s.Engine();
        var baseOrder = Scenario.Order("2026-12-24T09:00:00Z", Scenario.Line("SKU-1", 2m));
        PromiseRequest[] requests =
        [
            baseOrder,
            baseOrder with { Rules = new RequestRules { TransitDays = 0 } },
            baseOrder with { Rules = new RequestRules { TransitDays = 6 } },
            baseOrder with { Rules = new RequestRules { ProcessingDays = 2 } },
            baseOrder with { Rules = new RequestRules { NoWeekends = false } },
            baseOrder with { ShippingMethod = "express" },
            baseOrder with { OrderInstant = Scenario.At("2026-12-24T15:00:00Z") },
            baseOrder,
        ];

        var backToBack = requests.Select(r => ResultText.Describe(engine.Quote(snapshot, r))).ToArray();

        for (var i = 0; i < requests.Length; i++)
        {
            string? fresh = null;
            var thread = new Thread(() => fresh = ResultText.Describe(s.Engine().Quote(snapshot, requests[i])));
            thread.Start();
            thread.Join();
            Assert.Equal(fresh, backToBack[i]);
        }

        Assert.Equal(backToBack[0], backToBack[^1]);
        Assert.Equal(requests.Length - 1, backToBack[..^1].Distinct().Count());
    }

    /// <summary>Processing right after the same pick day, and another snapshot whose warehouse calendar differs (no holiday list).</summary>
    [Fact]
    public void Quote_SamePickDayOtherProcessingOrCalendar_SameAsOnAFreshThread()
    {
        var s = Scenario.WorkedExample();
        var withHolidays = s.Snapshot();
        s.HolidayLists.Clear();
        var withoutHolidays = s.Snapshot();
        var engine = s.Engine();
        var order = Scenario.Order("2026-12-25T09:00:00Z", Scenario.Line("SKU-1", 2m));
        (Supply.SupplySnapshot Snapshot, PromiseRequest Request)[] quotes =
        [
            (withHolidays, order),
            (withHolidays, order with { Rules = new RequestRules { ProcessingDays = 2 } }),
            (withoutHolidays, order),
            (withHolidays, order),
        ];

        var backToBack = quotes.Select(q => ResultText.Describe(engine.Quote(q.Snapshot, q.Request))).ToArray();

        for (var i = 0; i < quotes.Length; i++)
        {
            string? fresh = null;
            var thread = new Thread(() => fresh = ResultText.Describe(s.Engine().Quote(quotes[i].Snapshot, quotes[i].Request)));
            thread.Start();
            thread.Join();
            Assert.Equal(fresh, backToBack[i]);
        }

        Assert.Equal(3, backToBack.Distinct().Count());
    }
}
