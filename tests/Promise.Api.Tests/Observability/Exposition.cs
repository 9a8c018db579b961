using System.Globalization;

namespace Promise.Api.Tests.Observability;

/// <summary>A scraped text exposition, parsed just enough for assertions.</summary>
internal sealed class Exposition
{
    private Exposition(string text)
    {
        Text = text;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("# HELP ", StringComparison.Ordinal))
            {
                var rest = line["# HELP ".Length..];
                var space = rest.IndexOf(' ', StringComparison.Ordinal);
                Helps[rest[..space]] = rest[(space + 1)..];
            }
            else if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                TypeLines.Add(parts[2]);
                Types[parts[2]] = parts[3];
            }
            else
            {
                var space = line.LastIndexOf(' ');
                Samples[line[..space]] = ParseValue(line[(space + 1)..]);
            }
        }
    }

    public string Text { get; }

    /// <summary>Sample value by series text exactly as written, e.g. <c>x_total{a="b"}</c>.</summary>
    public Dictionary<string, double> Samples { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Types { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Helps { get; } = new(StringComparer.Ordinal);

    /// <summary>Every family name that had a TYPE line, duplicates included.</summary>
    public List<string> TypeLines { get; } = [];

    public static Exposition Parse(string text) => new(text);

    public double Sample(string series) =>
        Samples.TryGetValue(series, out var value) ? value : throw new KeyNotFoundException($"No sample {series} in:\n{Text}");

    /// <summary>The samples of one family's lines (name, name_bucket, name_sum, name_count), in output order.</summary>
    public IReadOnlyList<string> SeriesOf(string name) =>
        [.. Samples.Keys.Where(k => k == name || k.StartsWith(name + "{", StringComparison.Ordinal)
            || k.StartsWith(name + "_", StringComparison.Ordinal))];

    private static double ParseValue(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
