using Promise.Core.Calendar;
using Promise.Core.Supply;
using static Promise.Core.Tests.Support.Scenario;

namespace Promise.Core.Tests.Calendar;

/// <summary>promise-rules §2 calendar arithmetic on a compiled calendar (Sat/Sun off, 2026-12-25 holiday).</summary>
public sealed class WorkCalendarTests
{
    private const int SatSun = (1 << (int)DayOfWeek.Saturday) | (1 << (int)DayOfWeek.Sunday);
    private static readonly HolidayList List = new(
        "AC 2026",
        [new Holiday(D("2026-12-25"), false), new Holiday(D("2026-12-23"), true), new Holiday(D("2026-12-25"), false)]);

    private static readonly int Limit = D("2027-12-31").DayNumber;

    [Theory]
    [InlineData("2026-12-21", "2026-12-21")] // Monday, working
    [InlineData("2026-12-23", "2026-12-24")] // weekly_off row
    [InlineData("2026-12-25", "2026-12-28")] // holiday, then the weekend
    [InlineData("2026-12-26", "2026-12-28")] // Saturday
    [InlineData("2026-12-27", "2026-12-28")] // Sunday
    public void FirstWorkingDay_WeekendsAndHolidays_NextWorkingDay(string day, string expected) =>
        Assert.Equal(D(expected).DayNumber, Calendar(true).FirstWorkingDay(D(day).DayNumber, Limit));

    [Theory]
    [InlineData("2026-12-22", 0, "2026-12-22")]
    [InlineData("2026-12-25", 0, "2026-12-25")] // n = 0 gives the day itself, even a holiday
    [InlineData("2026-12-22", 1, "2026-12-24")] // skips the weekly_off row 12-23
    [InlineData("2026-12-22", 2, "2026-12-28")] // skips 12-25 and the weekend
    [InlineData("2026-12-24", 3, "2026-12-30")]
    [InlineData("2026-12-26", 1, "2026-12-28")] // from a non-working day
    public void AddWorkingDays_Table_NthWorkingDayAfter(string day, int n, string expected) =>
        Assert.Equal(D(expected).DayNumber, Calendar(true).AddWorkingDays(D(day).DayNumber, n, Limit));

    [Theory]
    [InlineData("2026-12-23", "2026-12-23")] // the weekly_off row is dropped
    [InlineData("2026-12-26", "2026-12-26")] // Saturday works
    [InlineData("2026-12-25", "2026-12-26")] // holidays still apply
    public void FirstWorkingDay_NoWeekendsFalse_OnlyHolidays(string day, string expected) =>
        Assert.Equal(D(expected).DayNumber, Calendar(false).FirstWorkingDay(D(day).DayNumber, Limit));

    [Fact]
    public void AddWorkingDays_PastLimit_Beyond()
    {
        var calendar = Calendar(true);
        var limit = D("2026-12-28").DayNumber;

        Assert.Equal(WorkCalendar.Beyond, calendar.AddWorkingDays(D("2026-12-24").DayNumber, 2, limit));
        Assert.Equal(WorkCalendar.Beyond, calendar.FirstWorkingDay(D("2026-12-29").DayNumber, limit));
        Assert.Equal(limit, calendar.AddWorkingDays(D("2026-12-24").DayNumber, 1, limit));
    }

    [Fact]
    public void FirstWorkingDay_EveryDayAHoliday_BeyondWithinHorizon()
    {
        var start = D("2026-01-01");
        var all = Enumerable.Range(0, 800).Select(i => new Holiday(start.AddDays(i), false)).ToArray();
        var calendar = new WorkCalendar(0, new HolidayList("Closed", all), skipWeeklyOffRows: false);

        Assert.Equal(WorkCalendar.Beyond, calendar.FirstWorkingDay(start.DayNumber, start.DayNumber + 730));
    }

    [Theory]
    [InlineData("2026-12-21", DayOfWeek.Monday)]
    [InlineData("2026-12-27", DayOfWeek.Sunday)]
    [InlineData("0001-01-01", DayOfWeek.Monday)]
    [InlineData("2024-02-29", DayOfWeek.Thursday)]
    public void DayOfWeekOf_DayNumber_MatchesDateOnly(string day, DayOfWeek expected)
    {
        Assert.Equal((int)expected, WorkCalendar.DayOfWeekOf(D(day).DayNumber));
        Assert.Equal(expected, D(day).DayOfWeek);
    }

    [Fact]
    public void CalendarCache_NewListInstance_Recompiles()
    {
        var cache = new CalendarCache();
        var first = cache.Get(List, SatSun, true);
        var again = cache.Get(List, SatSun, true);
        var copy = cache.Get(List with { Holidays = [] }, SatSun, true);

        Assert.Same(first, again);
        Assert.NotSame(first, copy);
        Assert.True(copy.IsWorking(D("2026-12-25").DayNumber));
    }

    private static WorkCalendar Calendar(bool noWeekends) => new CalendarCache().Get(List, SatSun, noWeekends);
}
