using Promise.Core.Requests;
using Promise.Core.Tests.Support;

namespace Promise.Core.Tests.Allocation;

/// <summary>
/// The per-thread memos never answer for other inputs: the stock dates (same pick day asked again) for quotes
/// that differ only in transit, processing, weekends or horizon, and the order_by timeline for quotes of other
/// views and overrides hours apart, run back to back on one thread, match quotes each computed on a fresh thread.
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

    /// <summary>
    /// Quotes of two worlds (other zones, so other timelines) with and without rules.timezone and cutoff_time
    /// overrides, hours apart in one span of days, back to back on one thread: each as on a fresh thread.
    /// </summary>
    [Fact]
    public void Quote_OrderByTimelineOtherViewsAndOverrides_SameAsOnAFreshThread()
    {
        string[] zones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "America/Santiago"];
        var withOrderBy = 0;
        for (var seed = 1; seed <= 150; seed++)
        {
            var worlds = new[] { new RandomWorld(seed), new RandomWorld(seed + 10_000, zones) };
            var engines = worlds.Select(w => w.Scenario.Engine()).ToArray();
            var snapshots = worlds.Select(w => w.Scenario.Snapshot()).ToArray();
            var random = new Random(seed);
            var first = new DateTimeOffset(2026, 12, 21, 0, 0, 0, TimeSpan.Zero).AddMinutes(15 * random.Next(0, 96));
            for (var i = 0; i < 10; i++)
            {
                var w = random.Next(2);
                var order = worlds[w].NextOrder(restrictions: false);
                var request = order with
                {
                    OrderInstant = first.AddMinutes(15 * random.Next(0, 4 * 40)),
                    Rules = order.Rules with
                    {
                        TimeZone = random.Next(3) == 0 ? RandomWorld.Zone(zones[random.Next(zones.Length)]) : null,
                        CutoffTime = random.Next(3) == 0 ? new TimeOnly(random.Next(24), 0) : null,
                    },
                };
                var backToBack = engines[w].Quote(snapshots[w], request);
                string? fresh = null;
                var thread = new Thread(() => fresh = ResultText.Describe(worlds[w].Scenario.Engine().Quote(snapshots[w], request)));
                thread.Start();
                thread.Join();
                Assert.True(fresh == ResultText.Describe(backToBack), $"seed {seed}, quote {i}: {fresh} <> {ResultText.Describe(backToBack)}");
                withOrderBy += backToBack.OrderBy is null ? 0 : 1;
            }
        }

        Assert.True(withOrderBy >= 100, $"only {withOrderBy} quotes had an order_by");
    }
}
