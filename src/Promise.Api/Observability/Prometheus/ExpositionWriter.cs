using System.Globalization;
using System.Text;

namespace Promise.Api.Observability.Prometheus;

/// <summary>Writes families and samples in the text format 0.0.4 into a reusable buffer.</summary>
internal sealed class ExpositionWriter(StringBuilder builder)
{
    public void WriteHeader(string name, string help, PrometheusType type)
    {
        builder.Append("# HELP ").Append(name).Append(' ');
        PrometheusText.AppendHelp(builder, help).Append('\n');
        builder.Append("# TYPE ").Append(name).Append(' ').Append(PrometheusText.TypeName(type)).Append('\n');
    }

    /// <summary>A sample; labels are rendered pairs without braces (see <see cref="LabelText"/>), or empty.</summary>
    public void WriteSample(string name, string labels, double value)
    {
        builder.Append(name);
        if (labels.Length > 0)
        {
            builder.Append('{').Append(labels).Append('}');
        }

        builder.Append(' ').Append(PrometheusText.FormatValue(value)).Append('\n');
    }

    /// <summary>A histogram bucket: the series labels plus <c>le</c>, whose value is already formatted.</summary>
    public void WriteBucket(string name, string labels, string upperBound, long cumulativeCount)
    {
        builder.Append(name).Append("_bucket{");
        if (labels.Length > 0)
        {
            builder.Append(labels).Append(',');
        }

        builder.Append("le=\"").Append(upperBound).Append("\"} ")
            .Append(CultureInfo.InvariantCulture, $"{cumulativeCount}").Append('\n');
    }
}
