using Promise.Core.Supply;

namespace Promise.Core.Calendar;

/// <summary>
/// A compiled working-day calendar: a weekly-off mask plus a bitmap of dated non-working days.
/// Days are <see cref="DateOnly.DayNumber"/> values; every search stops at an inclusive limit
/// (the horizon) and then answers <see cref="Beyond"/>, so no loop runs past 731 days.
/// </summary>
internal sealed class WorkCalendar
{
    /// <summary>The answer for "no such day on or before the limit".</summary>
    public const int Beyond = int.MaxValue;

    private readonly int _offMask;
    private readonly int _first;
    private readonly ulong[] _holidays;

    /// <param name="offMask">Bit <c>(int)DayOfWeek</c> set for each weekly off day.</param>
    /// <param name="list">Dated non-working days, or null.</param>
    /// <param name="skipWeeklyOffRows">True drops the list's <c>weekly_off = 1</c> rows (<c>no_weekends = false</c>).</param>
    public WorkCalendar(int offMask, HolidayList? list, bool skipWeeklyOffRows)
    {
        _offMask = offMask;
        var min = int.MaxValue;
        var max = int.MinValue;
        var rows = list?.Holidays ?? [];
        foreach (var row in rows)
        {
            if (skipWeeklyOffRows && row.WeeklyOff)
            {
                continue;
            }

            min = Math.Min(min, row.Date.DayNumber);
            max = Math.Max(max, row.Date.DayNumber);
        }

        if (min > max)
        {
            _holidays = [];
            return;
        }

        _first = min;
        _holidays = new ulong[((max - min) >> 6) + 1];
        foreach (var row in rows)
        {
            if (!(skipWeeklyOffRows && row.WeeklyOff))
            {
                var i = row.Date.DayNumber - min;
                _holidays[i >> 6] |= 1UL << (i & 63);
            }
        }
    }

    /// <summary>Day of week of a day number (0 = Sunday, as <see cref="DayOfWeek"/>); day 0 is Monday 0001-01-01.</summary>
    public static int DayOfWeekOf(int day) => (day + 1) % 7;

    /// <summary>Whether the day is a working day.</summary>
    public bool IsWorking(int day)
    {
        if (((_offMask >> DayOfWeekOf(day)) & 1) != 0)
        {
            return false;
        }

        var i = (long)day - _first;
        return i < 0 || i >= (long)_holidays.Length * 64 || ((_holidays[i >> 6] >> (int)(i & 63)) & 1) == 0;
    }

    /// <summary>The day itself if it is a working day, else the next one; <see cref="Beyond"/> past <paramref name="limit"/>.</summary>
    public int FirstWorkingDay(int day, int limit)
    {
        for (; day <= limit; day++)
        {
            if (IsWorking(day))
            {
                return day;
            }
        }

        return Beyond;
    }

    /// <summary><paramref name="n"/> = 0: the day; else the n-th working day after it; <see cref="Beyond"/> past <paramref name="limit"/>.</summary>
    public int AddWorkingDays(int day, int n, int limit)
    {
        if (day > limit)
        {
            return Beyond;
        }

        while (n > 0)
        {
            day++;
            if (day > limit)
            {
                return Beyond;
            }

            if (IsWorking(day))
            {
                n--;
            }
        }

        return day;
    }
}
