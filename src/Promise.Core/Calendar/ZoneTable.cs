using System.Runtime.CompilerServices;

namespace Promise.Core.Calendar;

/// <summary>
/// Fast local-date and cutoff arithmetic for one time zone: the UTC offset of every UTC day from 2000
/// to 2199, computed lazily in blocks, with days that contain a transition marked so that they (and
/// only they) take the exact <see cref="ZoneClock"/> path. Thread-safe; shared by every engine.
/// </summary>
internal sealed class ZoneTable
{
    private const int BlockDays = 512;
    private const int Unstable = int.MinValue;
    private static readonly int FirstDay = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly int Blocks = ((new DateOnly(2200, 1, 1).DayNumber - FirstDay) / BlockDays) + 1;
    private static readonly ConditionalWeakTable<TimeZoneInfo, ZoneTable> Tables = new();
    private static readonly long Reach = TimeSpan.FromHours(15).Ticks;

    private readonly TimeZoneInfo _zone;
    private readonly int[]?[] _blocks = new int[]?[Blocks];

    private static int s_nextId;

    private ZoneTable(TimeZoneInfo zone)
    {
        _zone = zone;
        Id = Interlocked.Increment(ref s_nextId);
    }

    /// <summary>A small number distinguishing tables (for <see cref="InstantCache"/>).</summary>
    public int Id { get; }

    /// <summary>UTC, with no table behind it.</summary>
    public static ZoneTable Utc { get; } = new(TimeZoneInfo.Utc);

    /// <summary>The (shared) table of a zone.</summary>
    public static ZoneTable For(TimeZoneInfo zone) =>
        ReferenceEquals(zone, TimeZoneInfo.Utc) ? Utc : Tables.GetValue(zone, static z => new ZoneTable(z));

    /// <summary>The local date (day number) of an instant.</summary>
    public int LocalDay(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        if (ReferenceEquals(this, Utc))
        {
            return (int)(ticks / TimeSpan.TicksPerDay);
        }

        var offset = OffsetMinutes((int)(ticks / TimeSpan.TicksPerDay));
        return offset == Unstable
            ? ZoneClock.LocalDay(instant, _zone)
            : (int)((ticks + (offset * TimeSpan.TicksPerMinute)) / TimeSpan.TicksPerDay);
    }

    /// <summary>The instant (UTC ticks) of a local date and time; gaps and ambiguities as <see cref="ZoneClock.Instant"/>.</summary>
    public long InstantTicks(int day, TimeOnly time)
    {
        var local = (day * TimeSpan.TicksPerDay) + time.Ticks;
        if (ReferenceEquals(this, Utc))
        {
            return local;
        }

        // Any offset is within ±14 h, so the instant lies in one of these UTC days.
        var first = (int)((local - Reach) / TimeSpan.TicksPerDay);
        var last = (int)((local + Reach) / TimeSpan.TicksPerDay);
        var offset = OffsetMinutes(first);
        for (var d = first + 1; d <= last && offset != Unstable; d++)
        {
            if (OffsetMinutes(d) != offset)
            {
                offset = Unstable;
            }
        }

        return offset == Unstable
            ? ZoneClock.Instant(day, time, _zone).UtcTicks
            : local - (offset * TimeSpan.TicksPerMinute);
    }

    /// <summary>The offset in minutes through the whole UTC day, or <see cref="Unstable"/> (transition day or out of range).</summary>
    private int OffsetMinutes(int utcDay)
    {
        var index = utcDay - FirstDay;
        if (index < 0 || index >= Blocks * BlockDays)
        {
            return Unstable;
        }

        var block = Volatile.Read(ref _blocks[index / BlockDays]) ?? Fill(index / BlockDays);
        return block[index % BlockDays];
    }

    private int[] Fill(int blockIndex)
    {
        var block = new int[BlockDays];
        for (var i = 0; i < BlockDays; i++)
        {
            var start = (long)(FirstDay + (blockIndex * BlockDays) + i) * TimeSpan.TicksPerDay;
            var atStart = _zone.GetUtcOffset(new DateTimeOffset(start, TimeSpan.Zero));
            var atEnd = _zone.GetUtcOffset(new DateTimeOffset(start + TimeSpan.TicksPerDay - 1, TimeSpan.Zero));
            block[i] = atStart == atEnd && atStart.Ticks % TimeSpan.TicksPerMinute == 0 ? (int)(atStart.Ticks / TimeSpan.TicksPerMinute) : Unstable;
        }

        return Interlocked.CompareExchange(ref _blocks[blockIndex], block, null) ?? block;
    }
}
