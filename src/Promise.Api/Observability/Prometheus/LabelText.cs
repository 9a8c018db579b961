using System.Text;

namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// Renders a tag set once, when its series is created, as <c>a="x",b="y"</c>: label names
/// sanitised and sorted, so every tag order maps to the same series; reserved names get a
/// <c>tag_</c> prefix; the first of two tags that sanitise to the same name wins.
/// </summary>
internal static class LabelText
{
    public static string Render(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.IsEmpty)
        {
            return string.Empty;
        }

        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            var name = PrometheusNaming.SanitizeLabelName(tag.Key);
            if (IsReserved(name))
            {
                name = "tag_" + name;
            }

            labels.TryAdd(name, TagValueText.Of(tag.Value));
        }

        var builder = new StringBuilder();
        foreach (var (name, value) in labels)
        {
            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            builder.Append(name).Append("=\"");
            PrometheusText.AppendLabelValue(builder, value).Append('"');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Names starting with <c>__</c> are Prometheus-internal; <c>le</c> and <c>quantile</c> belong
    /// to histogram buckets and summaries, and promtool rejects them anywhere else.
    /// </summary>
    private static bool IsReserved(string name) =>
        name.StartsWith("__", StringComparison.Ordinal) || name is "le" or "quantile";
}
