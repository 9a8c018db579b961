using Promise.Core.Allocation;
using Promise.Core.Calendar;
using Promise.Core.Tests.Support;

namespace Promise.Core.Tests.Allocation;

/// <summary>
/// The per-thread order_by timeline, reused across orders, lists exactly the instants (and sources) of an
/// order's window that a timeline built for that order alone lists: other views, overrides and windows
/// days apart, back to back.
/// </summary>
public sealed class InstantTimelineTests
{
    private static readonly string[] Zones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "America/Santiago"];

    [Fact]
    public void Ensure_BackToBack_SameWindowAsAFreshTimeline()
    {
        var checkedInstants = 0;
        for (var seed = 1; seed <= 200; seed++)
        {
            var views = new[] { new RandomWorld(seed), new RandomWorld(seed + 10_000, Zones) }
                .Select(w => new SnapshotView(w.Scenario.Snapshot(), new CompiledRules(w.Scenario.Rules), new CalendarCache()))
                .ToArray();
            var random = new Random(seed);
            var reused = new InstantTimeline();
            var cache = new InstantCache();
            var first = new DateTimeOffset(2026, 3, 27, 0, 0, 0, TimeSpan.Zero).AddMinutes(15 * random.Next(0, 96));
            for (var i = 0; i < 20; i++)
            {
                var view = views[random.Next(views.Length)];
                var zone = random.Next(3) == 0 ? ZoneTable.For(RandomWorld.Zone(Zones[random.Next(Zones.Length)])) : null;
                TimeOnly? cutoff = random.Next(3) == 0 ? new TimeOnly(random.Next(24), 15 * random.Next(4)) : null;
                var start = first.AddMinutes(15 * random.Next(0, 4 * 24 * 5)).UtcTicks;
                var end = start + TimeSpan.TicksPerDay;
                reused.Ensure(cache, view, zone, cutoff, start, end);
                var fresh = new InstantTimeline();
                fresh.Ensure(new InstantCache(), view, zone, cutoff, start, end);

                var expected = Window(fresh, start, end);
                Assert.True(expected == Window(reused, start, end), $"seed {seed}, order {i}");
                checkedInstants += expected.Count(c => c == ';');
            }
        }

        Assert.True(checkedInstants > 10_000, $"only {checkedInstants} instants compared");
    }

    /// <summary>Every warehouse's cutoff and midnight in the window are listed, each with its zone pair's bits.</summary>
    [Fact]
    public void Ensure_ListsEveryPairsCutoffAndMidnightInTheWindow()
    {
        var world = new RandomWorld(7, Zones);
        var view = new SnapshotView(world.Scenario.Snapshot(), new CompiledRules(world.Scenario.Rules), new CalendarCache());
        var timeline = new InstantTimeline();
        var start = new DateTimeOffset(2026, 12, 21, 9, 30, 0, TimeSpan.Zero);
        var end = start.AddDays(1);
        timeline.Ensure(new InstantCache(), view, null, null, start.UtcTicks, end.UtcTicks);

        for (var k = 0; k < view.Zones.Length; k++)
        {
            var (zone, cutoff) = view.Zones[k];
            foreach (var (time, bit) in new[] { (cutoff, 1L << (2 * k)), (TimeOnly.MinValue, 2L << (2 * k)) })
            {
                for (var day = zone.LocalDay(start) - 1; day <= zone.LocalDay(end) + 1; day++)
                {
                    var ticks = zone.InstantTicks(day, time);
                    if (ticks > start.UtcTicks && ticks <= end.UtcTicks)
                    {
                        var at = timeline.Ticks.IndexOf(ticks);
                        Assert.True(at >= 0 && (timeline.Sources[at] & bit) != 0, $"pair {k} {time} on day {day}");
                    }
                }
            }
        }
    }

    private static string Window(InstantTimeline timeline, long start, long end)
    {
        var text = new System.Text.StringBuilder();
        for (var i = timeline.FirstAfter(start); i < timeline.Count && timeline.Ticks[i] <= end; i++)
        {
            text.Append(timeline.Ticks[i]).Append(':').Append(timeline.Sources[i]).Append(';');
        }

        return text.ToString();
    }
}
