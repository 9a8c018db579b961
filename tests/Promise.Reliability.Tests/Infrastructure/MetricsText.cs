using System.Globalization;

namespace Promise.Reliability.Tests.Infrastructure;

/// <summary>Reads values out of the Prometheus text of <c>/metrics</c>.</summary>
public static class MetricsText
{
    /// <summary>The sum of every series of <paramref name="metric"/> whose labels contain all of <paramref name="labels"/> (e.g. <c>tier="l2"</c>).</summary>
    public static double Sum(string text, string metric, params string[] labels)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sum = 0.0;
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith(metric + "{", StringComparison.Ordinal) && !line.StartsWith(metric + " ", StringComparison.Ordinal))
            {
                continue;
            }

            var close = line.LastIndexOf('}');
            var labelText = close < 0 ? string.Empty : line[..close];
            if (labels.All(l => labelText.Contains(l, StringComparison.Ordinal)))
            {
                sum += double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return sum;
    }
}
