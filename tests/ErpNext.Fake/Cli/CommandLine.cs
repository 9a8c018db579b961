using System.Globalization;

namespace ErpNext.Fake.Cli;

/// <summary>
/// Parsed arguments: <c>--fixture FILE --port N --api-key K --api-secret S [--latency-ms N]
/// [--latency-bin-ms N] [--latency-po-ms N] [--latency DOCTYPE=MS]</c>, or
/// <c>--generate N --seed S --base-date YYYY-MM-DD --out FILE</c>.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _values;

    private CommandLine(Dictionary<string, List<string>> values) => _values = values;

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--option value', got '{name}'.");
            }

            if (!values.TryGetValue(name, out var list))
            {
                values[name] = list = [];
            }

            list.Add(args[++i]);
        }

        return new CommandLine(values);
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Text(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : [];

    public int Int(string name, int fallback)
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{name} must be an integer, was '{text}'.");
    }

    public IEnumerable<string> Unknown(IReadOnlySet<string> known) => _values.Keys.Where(k => !known.Contains(k));
}
