using System.Runtime.CompilerServices;
using Promise.Core.Supply;

namespace Promise.Core.Calendar;

/// <summary>
/// Compiled calendars keyed by the <see cref="HolidayList"/> instance: a new snapshot with a new list
/// instance compiles afresh, and lists of dropped snapshots are collected with their calendars.
/// </summary>
internal sealed class CalendarCache
{
    private readonly ConditionalWeakTable<HolidayList, CalendarSet> _byList = new();
    private readonly CalendarSet _none = new(null);

    /// <summary>The calendar of a holiday list (null: weekly offs only).</summary>
    public WorkCalendar Get(HolidayList? list, int offMask, bool noWeekends) =>
        (list is null ? _none : _byList.GetValue(list, static l => new CalendarSet(l))).Get(offMask, noWeekends);
}
