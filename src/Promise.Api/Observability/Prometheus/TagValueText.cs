using System.Collections;
using System.Globalization;

namespace Promise.Api.Observability.Prometheus;

/// <summary>Tag values as label text: invariant numbers, lower-case booleans, arrays comma-joined.</summary>
internal static class TagValueText
{
    public static string Of(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => PrometheusText.FormatValue(number),
        float number => PrometheusText.FormatValue(number),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(',', items.Cast<object?>().Select(Of)),
        _ => value.ToString() ?? string.Empty,
    };
}
