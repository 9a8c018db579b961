using System.Globalization;
using System.Text;
using Promise.Api.Observability.Prometheus;

namespace Promise.Api.Tests.Observability;

public sealed class PrometheusTextTests
{
    [Theory]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(0d, "0")]
    [InlineData(0.0005, "0.0005")]
    [InlineData(2.5, "2.5")]
    [InlineData(3600d, "3600")]
    [InlineData(-1.25, "-1.25")]
    [InlineData(1e-5, "1E-05")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    public void FormatValue_Number_IsInvariantShortestRoundTrip(double value, string expected) =>
        Assert.Equal(expected, PrometheusText.FormatValue(value));

    [Fact]
    public void FormatValue_UnderCommaDecimalCulture_StillUsesDot()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            Assert.Equal("0.0025", PrometheusText.FormatValue(0.0025));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("say \"hi\"", "say \\\"hi\\\"")]
    [InlineData("two\nlines", "two\\nlines")]
    [InlineData("\\\"\n", "\\\\\\\"\\n")]
    public void AppendLabelValue_SpecialCharacters_AreEscaped(string value, string expected) =>
        Assert.Equal(expected, PrometheusText.AppendLabelValue(new StringBuilder(), value).ToString());

    [Theory]
    [InlineData("a \\ b", "a \\\\ b")]
    [InlineData("line\nbreak", "line\\nbreak")]
    [InlineData("keeps \"quotes\"", "keeps \"quotes\"")]
    public void AppendHelp_BackslashAndNewline_AreEscaped(string help, string expected) =>
        Assert.Equal(expected, PrometheusText.AppendHelp(new StringBuilder(), help).ToString());

    [Fact]
    public void ContentType_IsTextFormat004() =>
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", PrometheusText.ContentType);
}
