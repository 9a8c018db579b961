namespace Promise.Core.Calendar;

/// <summary>
/// A small per-thread memo of <see cref="ZoneTable.InstantTicks"/>: order_by lists the same cutoffs and
/// midnights (zone, local day, time) order after order. Direct-mapped; a collision only recomputes.
/// Never shared between threads.
/// </summary>
internal sealed class InstantCache
{
    private const int Size = 64;
    private readonly ZoneTable?[] _zones = new ZoneTable?[Size];
    private readonly int[] _days = new int[Size];
    private readonly long[] _times = new long[Size];
    private readonly long[] _ticks = new long[Size];

    /// <summary>The UTC ticks of local <paramref name="time"/> on local <paramref name="day"/> in <paramref name="zone"/>.</summary>
    public long InstantTicks(ZoneTable zone, int day, TimeOnly time)
    {
        var at = (int)((uint)((zone.Id * 31) + (day * 7) + (int)(time.Ticks / TimeSpan.TicksPerMinute)) % Size);
        if (ReferenceEquals(_zones[at], zone) && _days[at] == day && _times[at] == time.Ticks)
        {
            return _ticks[at];
        }

        var ticks = zone.InstantTicks(day, time);
        _zones[at] = zone;
        _days[at] = day;
        _times[at] = time.Ticks;
        _ticks[at] = ticks;
        return ticks;
    }
}
