using System.Globalization;

namespace Promise.Api.Contracts;

/// <summary>Instants on the wire: UTC with a <c>Z</c>, whole seconds unless the value has a fraction.</summary>
internal static class WireTime
{
    // "2026-12-21T14:00:00.1234567Z": the round-trip format of a UTC DateTime, always 7 fraction digits.
    private const int RoundTripLength = 28;
    private const int FractionStart = 20;
    private const int ZuluIndex = 27;

    // Answers served from the same cache entries share data_as_of: the last one formatted is reused.
    private static FormattedInstant? s_last;

    /// <summary>Same text as the custom format <c>yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'</c> of the UTC instant.</summary>
    public static string Format(DateTimeOffset instant)
    {
        var last = s_last;
        if (last is not null && last.UtcTicks == instant.UtcTicks)
        {
            return last.Text;
        }

        var text = FormatUncached(instant.UtcDateTime);
        s_last = new FormattedInstant(instant.UtcTicks, text);
        return text;
    }

    private static string FormatUncached(DateTime utc)
    {
        Span<char> chars = stackalloc char[RoundTripLength];
        if (!utc.TryFormat(chars, out var written, "O", CultureInfo.InvariantCulture) || written != RoundTripLength)
        {
            return utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
        }

        // Drop the fraction's trailing zeros, and the point with them when nothing is left.
        var end = ZuluIndex;
        while (end > FractionStart && chars[end - 1] == '0')
        {
            end--;
        }

        if (end == FractionStart)
        {
            end--;
        }

        chars[end] = 'Z';
        return new string(chars[..(end + 1)]);
    }

    private sealed record FormattedInstant(long UtcTicks, string Text);
}
