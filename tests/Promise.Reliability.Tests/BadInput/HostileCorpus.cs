using System.Globalization;
using System.Text;

namespace Promise.Reliability.Tests.BadInput;

/// <summary>
/// A reproducible corpus of malformed and hostile promise requests: a fixed list of single faults (each with
/// the error key it must produce where that is certain), plus seeded random combinations of 1-3 faults.
/// </summary>
public static class HostileCorpus
{
    public const int Seed = 20261221;
    public const int RandomCount = 900;

    private const string Line = """{"item_code": "SKU-A", "qty": 1}""";

    /// <summary>(field, JSON value, error key or null): values no valid request has.</summary>
    private static readonly (string Field, string Value, string? Key)[] BadValues =
    [
        .. Values("qty", "items[0].qty", "0", "-1", "-0", "-0.0001", "1e400", "-1e400", "79228162514264337593543950336", "1e-400",
            "\"1\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "true", "[]", "{}", "null", "\"\""),
        .. Values("qty", null, "NaN", "Infinity", "-Infinity", "+1", "01", "1.", ".5", "0x10", "1e", "--1"),
        .. Values("item_code", "items[0].item_code", "null", "\"\"", "123", "[]", "{}", "true"),
        .. Values("item_code", null, "\"   \"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00x\"", "\"a\\u0007b\"", "\"SKU-A\\n\"", "\"%00\"", "\"'; DROP TABLE tabBin; --\""),
        .. Values("line_id", "items[0].line_id", "{}", "[]", "true"),
        .. Values("warehouse", null, "123", "\"No Such Warehouse\"", "\"\"", "[]"),
        .. Values("items", "items", "null", "[]", "{}", "\"SKU-A\"", "1", "[null]", "[1]", "[\"SKU-A\"]", "[[]]"),
        .. Values("shipping_method", "shipping_method", "\"teleport\"", "1", "[]"),
        .. Values("shipping_method", null, "\"\"", "\"STANDARD\""),
        .. Values("fill_policy", "fill_policy", "\"most\"", "0", "{}"),
        .. Values("fill_policy", null, "\"\""),
        .. Values("desired_date", "desired_date", "\"2026-02-30\"", "\"2026-13-01\"", "\"yesterday\"", "\"20261230\"", "1", "\"0000-00-00\"", "\"2026-12-30T99:00\""),
        .. Values("desired_date", null, "\"\"", "\"0001-01-01\"", "\"9999-12-31\""),
        .. Values("order_datetime", "order_datetime", "\"2026-12-21T25:00:00Z\"", "\"not a date\"", "\"2026-12-21T15:00:00+25:00\"", "0"),
        .. Values("order_datetime", null, "\"\"", "\"2026-12-21 15:00\"x", "\"0001-01-01T00:00:00+14:00\"", "\"9999-12-31T23:59:59-14:00\"", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00Z\""),
        .. Values("customer", "customer", "1", "[]", "{}"),
        .. Values("order_id", "order_id", "[]", "{}", "false"),
        .. Values("rules", "rules", "[]", "1", "\"x\""),
        .. Values("rules.timezone", "rules.timezone", "\"Mars/Olympus\"", "\"UTC+99\"", "\"../../etc/passwd\"", "1"),
        .. Values("rules.cutoff_time", "rules.cutoff_time", "\"25:00\"", "\"14:60\"", "\"2pm\"", "1400"),
        .. Values("rules.desired_date_mode", "rules.desired_date_mode", "\"SOMETIMES\"", "3"),
        .. Values("rules.desired_date_mode", null, "\"\"", "\"strict_fail\""),
        .. Values("rules.processing_lead_time_days", "rules.processing_lead_time_days", "-1", "2147483648", "1.5", "\"2\"", "1e400"),
        .. Values("rules.processing_lead_time_days", null, "2147483647", "1000000"),
        .. Values("rules.lead_time_buffer_days", "rules.lead_time_buffer_days", "-1", "9223372036854775808", "true"),
        .. Values("rules.lead_time_buffer_days", null, "2147483647", "3650000"),
        .. Values("rules.no_weekends", "rules.no_weekends", "\"yes\"", "1"),
        .. Values("rules.no_weekends", null, "null"),
        .. Values("rules.order_created_at", null, "\"9999-12-31T23:59:59-14:00\"", "\"garbage\"", "5"),
    ];

    /// <summary>The whole corpus: fixed cases first, then <see cref="RandomCount"/> seeded combinations.</summary>
    public static IReadOnlyList<HostileBody> Generate(int seed = Seed, int randomCount = RandomCount)
    {
        var corpus = new List<HostileBody>(Fixed());
        foreach (var (field, value, key) in BadValues)
        {
            corpus.Add(new HostileBody($"{field}={value}", Utf8(With((field, value))), ExpectedErrorKey: key));
        }

        var random = new Random(seed);
        for (var i = 0; i < randomCount; i++)
        {
            var picks = Enumerable.Range(0, random.Next(1, 4)).Select(_ => BadValues[random.Next(BadValues.Length)]).DistinctBy(p => p.Field).ToArray();
            var body = With([.. picks.Select(p => (p.Field, p.Value))]);
            corpus.Add(new HostileBody($"seed {seed} #{i}: " + string.Join(", ", picks.Select(p => $"{p.Field}={p.Value}")), Truncate(random, body)));
        }

        return corpus;
    }

    private static IEnumerable<HostileBody> Fixed()
    {
        yield return new("empty body", []);
        yield return new("whitespace body", Utf8("  \t "));
        foreach (var root in new[] { "null", "[]", "[{}]", "42", "\"text\"", "true", "{}", "{" , "}", "{\"items\": [", "\u00ef\u00bb\u00bf{}" })
        {
            yield return new($"root {root}", Utf8(root));
        }

        yield return new("text/plain content type", Utf8(With()), "text/plain");
        yield return new("form content type", Utf8("items=SKU-A&qty=1"), "application/x-www-form-urlencoded");
        yield return new("xml content type", Utf8("<order><item>SKU-A</item></order>"), "application/xml");
        yield return new("duplicate items key", Utf8($$"""{"items": [{{Line}}], "items": [{{Line}}]}"""), ExpectedErrorKey: "items");
        yield return new("duplicate qty key", Utf8("""{"items": [{"item_code": "SKU-A", "qty": 1, "qty": 2}]}"""), ExpectedErrorKey: "items[0].qty");
        yield return new("duplicate line ids", Utf8("""{"items": [{"item_code": "SKU-A", "qty": 1, "line_id": "x"}, {"item_code": "SKU-A", "qty": 1, "line_id": "x"}]}"""));
        yield return new("nesting 10k in items", Utf8("{\"items\": " + new string('[', 10_000) + new string(']', 10_000) + "}"));
        yield return new("nesting 10k unknown field", Utf8("{\"x\": " + string.Concat(Enumerable.Repeat("{\"a\": ", 10_000)) + "1" + new string('}', 10_000) + $", \"items\": [{Line}]}}"));
        yield return new("nesting 10k unclosed", Utf8(new string('[', 10_000)));
        yield return new("10 MB item code", Utf8($$"""{"items": [{"item_code": "{{new string('A', 10 * 1024 * 1024)}}", "qty": 1}]}"""));
        yield return new("10 MB whitespace", Utf8(new string(' ', 10 * 1024 * 1024) + With()));
        yield return new("500 kB item code", Utf8($$"""{"items": [{"item_code": "{{new string('B', 500 * 1024)}}", "qty": 1}]}"""));
        yield return new("5000 lines", Utf8("{\"items\": [" + string.Join(", ", Enumerable.Repeat(Line, 5000)) + "]}"), ExpectedErrorKey: "items");
        yield return new("500 distinct lines", Utf8("{\"items\": [" + string.Join(", ", Enumerable.Range(0, 500).Select(i => $$"""{"item_code": "X-{{i}}", "qty": 1}""")) + "]}"));
        yield return new("trailing garbage", Utf8(With() + " {}"));
        yield return new("trailing comma", Utf8($$"""{"items": [{{Line}},]}"""));
        yield return new("comment", Utf8($$"""{"items": [{{Line}}] /* hi */}"""));
        yield return new("single quotes", Utf8("{'items': [{'item_code': 'SKU-A', 'qty': 1}]}"));
        yield return new("unknown fields only", Utf8("""{"foo": 1, "bar": [1, 2, {"baz": null}]}"""), ExpectedErrorKey: "items");
        yield return new("invalid UTF-8 in value", Bytes("{\"items\": [{\"item_code\": \"SKU-", [0xFF, 0xFE], "\", \"qty\": 1}]}"));
        yield return new("invalid UTF-8 in key", Bytes("{\"it", [0xC0, 0xAF], "ems\": []}"));
        yield return new("overlong UTF-8 slash", Bytes("{\"items\": [{\"item_code\": \"", [0xE0, 0x80, 0xAF], "\", \"qty\": 1}]}"));
        yield return new("truncated UTF-8 sequence", Bytes("{\"customer\": \"", [0xE2, 0x82], "\", \"items\": [" + Line + "]}"));
        yield return new("UTF-16 body", Encoding.Unicode.GetBytes(With()));
        yield return new("NUL bytes", Bytes("{\"items\": [", [0, 0, 0], Line + "]}"));
        yield return new("many lines of whitespace", Utf8(string.Concat(Enumerable.Repeat("\n", 5000)) + With()));
    }

    private static IEnumerable<(string, string, string?)> Values(string field, string? key, params string[] values) =>
        values.Select(v => (field, v, key));

    /// <summary>The base request with each (field path, raw JSON value) replaced; <c>items[0].x</c> fields are written as "x".</summary>
    private static string With(params (string Field, string Value)[] changes)
    {
        string Get(string field, string fallback) => changes.LastOrDefault(c => c.Field == field).Value ?? fallback;

        var line = $$"""{"item_code": {{Get("item_code", "\"SKU-A\"")}}, "qty": {{Get("qty", "1")}}, "line_id": {{Get("line_id", "\"1\"")}}, "warehouse": {{Get("warehouse", "null")}}}""";
        var rules = changes.Any(c => c.Field.StartsWith("rules.", StringComparison.Ordinal))
            ? "{" + string.Join(", ", changes.Where(c => c.Field.StartsWith("rules.", StringComparison.Ordinal)).Select(c => $"\"{c.Field[6..]}\": {c.Value}")) + "}"
            : "{\"timezone\": \"UTC\"}";
        return $$"""
            {"customer": {{Get("customer", "\"Acme\"")}}, "order_id": {{Get("order_id", "\"SO-1\"")}}, "order_datetime": {{Get("order_datetime", "\"2026-12-21T10:00:00Z\"")}},
             "items": {{Get("items", "[" + line + "]")}}, "desired_date": {{Get("desired_date", "\"2026-12-30\"")}},
             "shipping_method": {{Get("shipping_method", "\"standard\"")}}, "fill_policy": {{Get("fill_policy", "\"partial\"")}}, "rules": {{Get("rules", rules)}}}
            """.ReplaceLineEndings(" ");
    }

    /// <summary>One body in ten is cut at a random byte, so the parser also meets every kind of unexpected end.</summary>
    private static byte[] Truncate(Random random, string body)
    {
        var bytes = Utf8(body);
        return random.Next(10) == 0 ? bytes[..random.Next(1, bytes.Length)] : bytes;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Bytes(string before, byte[] raw, string after) => [.. Utf8(before), .. raw, .. Utf8(after)];

    internal static string Describe(byte[] body) =>
        body.Length <= 200 ? Encoding.UTF8.GetString(body) : Encoding.UTF8.GetString(body, 0, 200) + string.Create(CultureInfo.InvariantCulture, $"... ({body.Length} bytes)");
}
