using Promise.Core.Calendar;

namespace Promise.Core.Tests.Calendar;

/// <summary>The per-thread instant memo answers exactly what the zone table answers, collisions included.</summary>
public sealed class InstantCacheTests
{
    [Fact]
    public void InstantTicks_ManyZonesDaysAndTimes_SameAsZoneTable()
    {
        var cache = new InstantCache();
        var zones = new[] { "UTC", "Europe/Berlin", "America/New_York", "America/Santiago", "Asia/Tokyo" }
            .Select(id => ZoneTable.For(TimeZoneInfo.FindSystemTimeZoneById(id))).ToArray();
        var random = new Random(20261124);
        var first = new DateOnly(2026, 1, 1).DayNumber;
        for (var i = 0; i < 20_000; i++)
        {
            var zone = zones[random.Next(zones.Length)];
            var day = first + random.Next(400);
            var time = new TimeOnly(random.Next(24), 15 * random.Next(4));

            Assert.Equal(zone.InstantTicks(day, time), cache.InstantTicks(zone, day, time));
        }
    }
}
