namespace Promise.Core.Calendar;

/// <summary>Conversions between instants and local dates/times of a time zone, with the DST rules of promise-rules §6.</summary>
internal static class ZoneClock
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(6);

    /// <summary>The local wall-clock time of an instant.</summary>
    public static DateTime Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        ReferenceEquals(zone, TimeZoneInfo.Utc) ? instant.UtcDateTime : TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>The local date (as a day number) of an instant.</summary>
    public static int LocalDay(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(Local(instant, zone)).DayNumber;

    /// <summary>
    /// The instant of a local date and time. A time in a daylight-saving gap is the first instant after
    /// the gap; an ambiguous time is the earlier of its two instants.
    /// </summary>
    public static DateTimeOffset Instant(int day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = DateOnly.FromDayNumber(day).ToDateTime(time);
        if (ReferenceEquals(zone, TimeZoneInfo.Utc))
        {
            return new DateTimeOffset(local, TimeSpan.Zero);
        }

        var guess = new DateTimeOffset(local - zone.GetUtcOffset(local), TimeSpan.Zero);
        if (zone.GetUtcOffset(guess - Window) == zone.GetUtcOffset(guess + Window))
        {
            // No transition near: the common case, one offset lookup per side.
            return guess;
        }

        if (zone.IsInvalidTime(local))
        {
            // Walk to the first valid local minute: the end of the gap, which has one instant.
            var probe = new DateTime(local.Ticks - (local.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Unspecified);
            while (zone.IsInvalidTime(probe))
            {
                probe = probe.AddMinutes(1);
            }

            return new DateTimeOffset(probe - zone.GetUtcOffset(probe), TimeSpan.Zero);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var largest = TimeSpan.MinValue;
            foreach (var offset in zone.GetAmbiguousTimeOffsets(local))
            {
                largest = offset > largest ? offset : largest;
            }

            return new DateTimeOffset(local - largest, TimeSpan.Zero);
        }

        return guess;
    }
}
