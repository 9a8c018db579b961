namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// Translates instrument units (UCUM, as OpenTelemetry semantic conventions use them) into
/// Prometheus base units: durations become seconds and sizes bytes, as promtool's lint expects.
/// </summary>
internal static class UnitTranslator
{
    private static readonly Dictionary<string, UnitConversion> Known = new(StringComparer.Ordinal)
    {
        ["s"] = new("seconds", 1, 1),
        ["ms"] = new("seconds", 1, 1_000),
        ["us"] = new("seconds", 1, 1_000_000),
        ["ns"] = new("seconds", 1, 1_000_000_000),
        ["min"] = new("seconds", 60, 1),
        ["h"] = new("seconds", 3_600, 1),
        ["d"] = new("seconds", 86_400, 1),
        ["By"] = new("bytes", 1, 1),
        ["KiBy"] = new("bytes", 1_024, 1),
        ["MiBy"] = new("bytes", 1_048_576, 1),
        ["GiBy"] = new("bytes", 1_073_741_824, 1),
        ["KBy"] = new("bytes", 1_000, 1),
        ["MBy"] = new("bytes", 1_000_000, 1),
        ["GBy"] = new("bytes", 1_000_000_000, 1),
        ["%"] = new("percent", 1, 1),
        ["Hz"] = new("hertz", 1, 1),
        ["m"] = new("meters", 1, 1),
        ["V"] = new("volts", 1, 1),
        ["A"] = new("amperes", 1, 1),
        ["J"] = new("joules", 1, 1),
        ["W"] = new("watts", 1, 1),
        ["Cel"] = new("celsius", 1, 1),
        ["1"] = UnitConversion.None,
    };

    private static readonly Dictionary<string, string> PerUnit = new(StringComparer.Ordinal)
    {
        ["s"] = "second",
        ["min"] = "minute",
        ["h"] = "hour",
        ["d"] = "day",
    };

    public static UnitConversion Translate(string? unit)
    {
        var trimmed = StripAnnotations(unit);
        if (trimmed.Length == 0)
        {
            return UnitConversion.None;
        }

        if (Known.TryGetValue(trimmed, out var known))
        {
            return known;
        }

        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0 && slash < trimmed.Length - 1)
        {
            return TranslateRate(trimmed[..slash], trimmed[(slash + 1)..]);
        }

        return new UnitConversion(PrometheusNaming.SanitizeLabelName(trimmed.ToLowerInvariant()), 1, 1);
    }

    private static UnitConversion TranslateRate(string numerator, string denominator)
    {
        var top = numerator.Length == 0 ? UnitConversion.None : Translate(numerator);
        var per = PerUnit.TryGetValue(denominator, out var word)
            ? word
            : PrometheusNaming.SanitizeLabelName(denominator.ToLowerInvariant());
        var suffix = top.Suffix.Length == 0 ? "per_" + per : top.Suffix + "_per_" + per;
        return top with { Suffix = suffix };
    }

    /// <summary>Drops UCUM annotations such as <c>{request}</c>: they name what is counted, not a unit.</summary>
    private static string StripAnnotations(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return string.Empty;
        }

        var open = unit.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return unit.Trim();
        }

        var close = unit.IndexOf('}', open);
        var rest = close < 0 ? unit[..open] : string.Concat(unit.AsSpan(0, open), unit.AsSpan(close + 1));
        return StripAnnotations(rest);
    }
}
