namespace Promise.Api.Observability.Prometheus;

/// <summary>Prometheus metric and label names from .NET instrument names and tags.</summary>
internal static class PrometheusNaming
{
    public const string TotalSuffix = "_total";

    /// <summary>Appended to a gauge whose name would end like a histogram's own series (promtool rejects that).</summary>
    public const string ValueSuffix = "_value";

    private static readonly string[] HistogramSeriesSuffixes = ["_count", "_sum", "_bucket"];

    /// <summary>
    /// The family name of an instrument: dots and other invalid characters become underscores,
    /// the unit's base-unit suffix is appended unless already there, counters end in <c>_total</c>,
    /// and a gauge named like <c>dotnet.assembly.count</c> becomes <c>dotnet_assembly_count_value</c>.
    /// </summary>
    public static string FamilyName(string instrumentName, UnitConversion unit, PrometheusType type)
    {
        var name = SanitizeMetricName(instrumentName);
        if (type == PrometheusType.Counter && name.EndsWith(TotalSuffix, StringComparison.Ordinal))
        {
            name = name[..^TotalSuffix.Length];
        }

        if (unit.Suffix.Length > 0 && !name.EndsWith("_" + unit.Suffix, StringComparison.Ordinal))
        {
            name = name + "_" + unit.Suffix;
        }

        return type switch
        {
            PrometheusType.Counter => name + TotalSuffix,
            PrometheusType.Gauge when EndsLikeHistogramSeries(name) => name + ValueSuffix,
            _ => name,
        };
    }

    /// <summary>Metric names match <c>[a-zA-Z_:][a-zA-Z0-9_:]*</c>.</summary>
    public static string SanitizeMetricName(string name) => Sanitize(name, allowColon: true);

    /// <summary>Label names match <c>[a-zA-Z_][a-zA-Z0-9_]*</c>.</summary>
    public static string SanitizeLabelName(string name) => Sanitize(name, allowColon: false);

    private static bool EndsLikeHistogramSeries(string name)
    {
        foreach (var suffix in HistogramSeriesSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Sanitize(string name, bool allowColon)
    {
        if (name.Length == 0)
        {
            return "_";
        }

        if (IsValid(name, allowColon))
        {
            return name;
        }

        var leadingDigit = char.IsAsciiDigit(name[0]);
        return string.Create(name.Length + (leadingDigit ? 1 : 0), (name, allowColon, leadingDigit), static (span, state) =>
        {
            var offset = 0;
            if (state.leadingDigit)
            {
                span[0] = '_';
                offset = 1;
            }

            for (var i = 0; i < state.name.Length; i++)
            {
                var c = state.name[i];
                span[i + offset] = IsNameChar(c, state.allowColon) ? c : '_';
            }
        });
    }

    private static bool IsValid(string name, bool allowColon)
    {
        if (char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsNameChar(c, allowColon))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameChar(char c, bool allowColon) =>
        char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':');
}
