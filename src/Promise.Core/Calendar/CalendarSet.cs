using Promise.Core.Supply;

namespace Promise.Core.Calendar;

/// <summary>
/// The compiled calendars of one holiday list (or of none), one per weekly-off mask and
/// <c>no_weekends</c> flag, built lazily; safe for concurrent readers (a lost race builds an equal twin).
/// </summary>
internal sealed class CalendarSet
{
    private readonly HolidayList? _list;
    private readonly WorkCalendar?[] _slots = new WorkCalendar?[256];

    public CalendarSet(HolidayList? list) => _list = list;

    /// <summary>The calendar for a weekly-off mask (7 bits); <paramref name="noWeekends"/> false drops weekly offs and weekly_off rows.</summary>
    public WorkCalendar Get(int offMask, bool noWeekends)
    {
        var key = noWeekends ? offMask & 0x7F : 0x80;
        var calendar = Volatile.Read(ref _slots[key]);
        if (calendar is null)
        {
            calendar = new WorkCalendar(noWeekends ? offMask : 0, _list, skipWeeklyOffRows: !noWeekends);
            calendar = Interlocked.CompareExchange(ref _slots[key], calendar, null) ?? calendar;
        }

        return calendar;
    }
}
