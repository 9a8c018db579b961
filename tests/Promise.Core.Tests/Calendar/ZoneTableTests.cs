using Promise.Core.Calendar;
using static Promise.Core.Tests.Support.Scenario;

namespace Promise.Core.Tests.Calendar;

/// <summary>The fast zone table agrees with TimeZoneInfo, and DST cutoffs follow promise-rules §6.</summary>
public sealed class ZoneTableTests
{
    public static TheoryData<string> Zones => new() { "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Lord_Howe", "UTC" };

    [Theory]
    [MemberData(nameof(Zones))]
    public void LocalDayAndInstant_RandomInstants_MatchTimeZoneInfo(string id)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
        var table = ZoneTable.For(zone);
        var random = new Random(7);
        var start = At("2024-01-01T00:00:00Z");
        for (var i = 0; i < 5000; i++)
        {
            var instant = start.AddMinutes(random.Next(0, 5 * 366 * 24 * 60));
            var expectedDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime).DayNumber;
            Assert.Equal(expectedDay, table.LocalDay(instant));

            var time = new TimeOnly(random.Next(24), random.Next(60));
            Assert.Equal(ZoneClock.Instant(expectedDay, time, zone).UtcTicks, table.InstantTicks(expectedDay, time));
        }
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-29", "02:30", "2026-03-29T01:00:00Z")] // gap 02:00-03:00: first instant after it
    [InlineData("Europe/Berlin", "2026-10-25", "02:30", "2026-10-25T00:30:00Z")] // ambiguous: the earlier (CEST) instant
    [InlineData("Europe/Berlin", "2026-12-21", "14:00", "2026-12-21T13:00:00Z")]
    [InlineData("America/New_York", "2026-03-08", "02:30", "2026-03-08T07:00:00Z")]
    [InlineData("America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00Z")]
    [InlineData("America/New_York", "2026-07-01", "14:00", "2026-07-01T18:00:00Z")]
    [InlineData("Asia/Tokyo", "2026-12-22", "00:00", "2026-12-21T15:00:00Z")]
    public void Instant_DstRules_AsSpecified(string id, string day, string time, string expected)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
        var t = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(At(expected), ZoneClock.Instant(D(day).DayNumber, t, zone));
        Assert.Equal(At(expected).UtcTicks, ZoneTable.For(zone).InstantTicks(D(day).DayNumber, t));
    }
}
