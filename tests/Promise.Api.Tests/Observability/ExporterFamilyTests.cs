using Promise.Api.Observability;
using Promise.Api.Observability.Prometheus;

namespace Promise.Api.Tests.Observability;

public sealed class ExporterFamilyTests
{
    [Fact]
    public void SameNameAndType_FromTwoMeters_ShareOneFamily()
    {
        using var harness = new ExporterHarness();
        harness.CreateMeter(PromiseMetrics.MeterName).CreateCounter<long>("shared").Add(2);
        harness.CreateMeter(MeterSelection.ErpClientMeter).CreateCounter<long>("shared").Add(3);

        var exposition = harness.Scrape();

        Assert.Equal(5, exposition.Sample("shared_total"));
        Assert.Single(exposition.TypeLines, name => name == "shared_total");
    }

    [Fact]
    public void SameNameOtherType_IsNotExportedTwice()
    {
        using var harness = new ExporterHarness();
        var meter = harness.CreateMeter();
        meter.CreateCounter<long>("clash").Add(1);
        meter.CreateObservableGauge("clash_total", () => 99);

        var exposition = harness.Scrape();

        Assert.Equal("counter", exposition.Types["clash_total"]);
        Assert.Equal(1, exposition.Sample("clash_total"));
        Assert.Single(exposition.TypeLines, name => name == "clash_total");
    }

    [Fact]
    public void InstrumentNamedLikeABuiltInFamily_IsNotExported()
    {
        using var harness = new ExporterHarness();
        harness.CreateMeter().CreateObservableCounter("dotnet.gc.collections", () => 1_000_000L, "{collection}");

        var exposition = harness.Scrape();

        Assert.Single(exposition.TypeLines, name => name == ProcessMetrics.GcCollections);
        Assert.NotEqual(1_000_000, exposition.Sample("dotnet_gc_collections_total{generation=\"gen0\"}"));
    }

    [Fact]
    public void EveryFamily_IsWrittenOnceWithHelpAndType()
    {
        using var harness = new ExporterHarness();
        harness.PromiseMetrics.RecordRequest("/otp/promise", 200, TimeSpan.FromMilliseconds(3));

        var exposition = harness.Scrape();

        Assert.Equal(exposition.TypeLines.Count, exposition.TypeLines.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(exposition.Types.Keys.Order(StringComparer.Ordinal), exposition.Helps.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MeterOfAnotherContainer_IsNotExported()
    {
        using var harness = new ExporterHarness();
        using var other = new ExporterHarness();
        other.CreateMeter().CreateCounter<long>("foreign").Add(1);

        Assert.DoesNotContain("foreign_total", harness.Scrape().Types.Keys);
        Assert.Contains("foreign_total", other.Scrape().Types.Keys);
    }

    [Fact]
    public void UnselectedMeter_IsNotExported()
    {
        using var harness = new ExporterHarness();
        harness.CreateMeter("Some.Library").CreateCounter<long>("library.calls").Add(1);

        Assert.DoesNotContain("library_calls_total", harness.Scrape().Types.Keys);
    }

    [Fact]
    public void MoreLabelSetsThanTheLimit_ShareOneOverflowSeries()
    {
        using var harness = new ExporterHarness();
        var counter = harness.CreateMeter().CreateCounter<long>("runaway");
        var extra = 10;
        for (var i = 0; i < SeriesTable<ValueSeries>.MaxSeries + extra; i++)
        {
            counter.Add(1, new KeyValuePair<string, object?>("id", i));
        }

        var exposition = harness.Scrape();

        Assert.Equal(SeriesTable<ValueSeries>.MaxSeries + 1, exposition.SeriesOf("runaway_total").Count);
        Assert.Equal(extra, exposition.Sample("runaway_total{otel_metric_overflow=\"true\"}"));
        Assert.Equal(1, exposition.Sample("runaway_total{id=\"0\"}"));
    }

    [Fact]
    public void FamilyWithoutSamples_StillHasHelpAndType()
    {
        using var harness = new ExporterHarness();
        harness.CreateMeter().CreateHistogram<double>("never.recorded", "s");

        var exposition = harness.Scrape();

        Assert.Equal("histogram", exposition.Types["never_recorded_seconds"]);
        Assert.Empty(exposition.SeriesOf("never_recorded_seconds"));
    }
}
