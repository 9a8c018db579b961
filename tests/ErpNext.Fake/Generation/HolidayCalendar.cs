namespace ErpNext.Fake.Generation;

/// <summary>
/// The company holiday list: the base year and the next, Saturdays and Sundays as weekly_off=1 rows
/// (ERPNext materialises them), plus New Year, Christmas, Boxing Day and a company day three days after the base date.
/// </summary>
internal static class HolidayCalendar
{
    public static (DateOnly From, DateOnly To, IReadOnlyList<(DateOnly Date, bool WeeklyOff, string Description)> Rows) Build(DateOnly baseDate)
    {
        var from = new DateOnly(baseDate.Year, 1, 1);
        var to = new DateOnly(baseDate.Year + 1, 12, 31);
        var holidays = new SortedDictionary<DateOnly, string>();
        for (var year = from.Year; year <= to.Year; year++)
        {
            holidays[new DateOnly(year, 1, 1)] = "New Year's Day";
            holidays[new DateOnly(year, 12, 25)] = "Christmas Day";
            holidays[new DateOnly(year, 12, 26)] = "Boxing Day";
        }

        var companyDay = baseDate.AddDays(3);
        holidays.TryAdd(companyDay, "Company Day");

        var rows = new List<(DateOnly, bool, string)>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                rows.Add((day, true, day.DayOfWeek.ToString()));
            }
            else if (holidays.TryGetValue(day, out var description))
            {
                rows.Add((day, false, description));
            }
        }

        return (from, to, rows);
    }
}
