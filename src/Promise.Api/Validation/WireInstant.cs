using System.Globalization;

namespace Promise.Api.Validation;

/// <summary>Parses wire instants: ISO-8601 date-times; without an offset they are UTC (as OTP clients send them).</summary>
internal static class WireInstant
{
    public static bool TryParse(string text, out DateTimeOffset instant)
    {
        instant = default;
        // Require the date-time shape so that "2026-12-21" or "tomorrow" is not silently accepted.
        if (text.Length < 16 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't') || text[13] != ':')
        {
            return false;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return false;
        }

        instant = parsed;
        return true;
    }
}
