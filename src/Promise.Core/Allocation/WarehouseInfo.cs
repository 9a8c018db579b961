using Promise.Core.Calendar;
using Promise.Core.Supply;

namespace Promise.Core.Allocation;

/// <summary>A warehouse of one snapshot with its service rules resolved (promise-rules §1).</summary>
internal sealed class WarehouseInfo
{
    private WorkCalendar? _calendar;
    private WorkCalendar? _calendarNoWeekends;

    public required int Index { get; init; }

    /// <summary>ERPNext's spelling.</summary>
    public required string Name { get; init; }

    public required bool Fulfills { get; init; }

    public required bool IsGroup { get; init; }

    /// <summary>A group with at least one fulfillment warehouse below it.</summary>
    public bool HasFulfillingDescendant { get; set; }

    public required int Priority { get; init; }

    public required int ProcessingDays { get; init; }

    public required int ReceivingDays { get; init; }

    public required TimeOnly Cutoff { get; init; }

    /// <summary>The warehouse's time zone (default UTC), as a fast offset table.</summary>
    public required ZoneTable Zone { get; init; }

    /// <summary>The resolved holiday list name (rule, service default, company default), or null.</summary>
    public required string? HolidayListName { get; init; }

    /// <summary>The resolved list when it could be read.</summary>
    public required HolidayList? HolidayList { get; init; }

    /// <summary>A list applies but ERPNext refused it: weekly offs alone apply, and the result says so.</summary>
    public required bool HolidayListUnavailable { get; init; }

    /// <summary>Index of this warehouse's (zone, cutoff) in <see cref="SnapshotView.Zones"/>; -1 when it does not fulfil.</summary>
    public int ZonePair { get; set; } = -1;

    /// <summary>Indices of the parent chain, nearest first.</summary>
    public int[] Ancestors { get; set; } = [];

    public WorkCalendar Calendar(CalendarCache cache, int offMask, bool noWeekends)
    {
        ref var slot = ref noWeekends ? ref _calendar : ref _calendarNoWeekends;
        return Volatile.Read(ref slot) ?? Interlocked.CompareExchange(ref slot, cache.Get(HolidayList, offMask, noWeekends), null) ?? slot!;
    }

    /// <summary>Whether this warehouse is the restriction or lies below it.</summary>
    public bool IsWithin(int restriction)
    {
        if (restriction == Index)
        {
            return true;
        }

        foreach (var ancestor in Ancestors)
        {
            if (ancestor == restriction)
            {
                return true;
            }
        }

        return false;
    }
}
