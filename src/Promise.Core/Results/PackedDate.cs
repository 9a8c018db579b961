namespace Promise.Core.Results;

/// <summary>
/// A nullable date in the low 24 bits of an int (day number plus one; 0 is null), leaving the high bits
/// for small flags: how the result records stay small (they are allocated per order on the hot path).
/// </summary>
internal static class PackedDate
{
    /// <summary>The bits a packed date uses (day numbers end at 3,652,058, below 2^22).</summary>
    public const int Mask = 0xFFFFFF;

    public static int Pack(DateOnly? date) => date is { } d ? d.DayNumber + 1 : 0;

    public static DateOnly? Unpack(int packed) => (packed & Mask) is var day && day == 0 ? null : DateOnly.FromDayNumber(day - 1);

    /// <summary>Replaces the date bits of <paramref name="packed"/>, keeping its flags.</summary>
    public static int With(int packed, DateOnly? date) => (packed & ~Mask) | Pack(date);
}
