namespace Promise.Api.Tests.Observability;

public sealed class ExporterCounterTests
{
    [Fact]
    public void Counter_WithTags_WritesTotalPerLabelSetWithHelpAndType()
    {
        using var harness = new ExporterHarness();
        var counter = harness.CreateMeter().CreateCounter<long>("orders.received", "{order}", "Orders received.");
        counter.Add(2, new KeyValuePair<string, object?>("channel", "web"));
        counter.Add(3, new KeyValuePair<string, object?>("channel", "web"));
        counter.Add(1, new KeyValuePair<string, object?>("channel", "edi"));

        var exposition = harness.Scrape();

        Assert.Equal("counter", exposition.Types["orders_received_total"]);
        Assert.Equal("Orders received.", exposition.Helps["orders_received_total"]);
        Assert.Equal(5, exposition.Sample("orders_received_total{channel=\"web\"}"));
        Assert.Equal(1, exposition.Sample("orders_received_total{channel=\"edi\"}"));
    }

    [Fact]
    public void Counter_WithoutDescription_GetsHelpNamingInstrumentAndMeter()
    {
        using var harness = new ExporterHarness();
        harness.CreateMeter().CreateCounter<int>("undocumented").Add(1);

        var exposition = harness.Scrape();

        Assert.Equal("undocumented from meter Promise.Api.", exposition.Helps["undocumented_total"]);
        Assert.Equal(1, exposition.Sample("undocumented_total"));
    }

    [Fact]
    public void Counter_NegativeDelta_IsIgnoredSoTheCounterNeverDecreases()
    {
        using var harness = new ExporterHarness();
        var counter = harness.CreateMeter().CreateCounter<double>("monotonic");
        counter.Add(4);
        counter.Add(-3);

        Assert.Equal(4, harness.Scrape().Sample("monotonic_total"));
    }

    [Fact]
    public void UpDownCounter_AddsAndSubtracts_AsGauge()
    {
        using var harness = new ExporterHarness();
        var inFlight = harness.CreateMeter().CreateUpDownCounter<int>("jobs.in_flight", "{job}");
        inFlight.Add(5);
        inFlight.Add(-2);

        var exposition = harness.Scrape();

        Assert.Equal("gauge", exposition.Types["jobs_in_flight"]);
        Assert.Equal(3, exposition.Sample("jobs_in_flight"));
    }

    [Fact]
    public void Counter_TagsInAnyOrder_FormOneSeriesWithSortedLabels()
    {
        using var harness = new ExporterHarness();
        var counter = harness.CreateMeter().CreateCounter<long>("ordered");
        counter.Add(1, new("b", "2"), new("a", "1"));
        counter.Add(1, new("a", "1"), new("b", "2"));

        var exposition = harness.Scrape();

        Assert.Equal(2, exposition.Sample("ordered_total{a=\"1\",b=\"2\"}"));
        Assert.Single(exposition.SeriesOf("ordered_total"));
    }

    [Fact]
    public void Counter_LabelValuesWithQuotesBackslashesAndNewlines_AreEscaped()
    {
        using var harness = new ExporterHarness();
        harness.CreateMeter().CreateCounter<long>("escaped").Add(1, new KeyValuePair<string, object?>("path", "C:\\a \"b\"\nc"));

        var exposition = harness.Scrape();

        Assert.Contains("escaped_total{path=\"C:\\\\a \\\"b\\\"\\nc\"} 1\n", exposition.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Counter_NonStringTagValues_AreFormattedInvariantly()
    {
        using var harness = new ExporterHarness();
        harness.CreateMeter().CreateCounter<long>("typed").Add(
            1, new("code", 503), new("retry", true), new("ratio", 0.5), new("name", null));

        var exposition = harness.Scrape();

        Assert.Equal(1, exposition.Sample("typed_total{code=\"503\",name=\"\",ratio=\"0.5\",retry=\"true\"}"));
    }

    [Fact]
    public void Counter_DottedAndReservedTagNames_AreSanitised()
    {
        using var harness = new ExporterHarness();
        harness.CreateMeter().CreateCounter<long>("tagged").Add(1, new("http.route", "/x"), new("le", "1"), new("__meta", "m"), new("quantile", "q"));

        var exposition = harness.Scrape();

        Assert.Equal(1, exposition.Sample("tagged_total{http_route=\"/x\",tag___meta=\"m\",tag_le=\"1\",tag_quantile=\"q\"}"));
    }
}
