using Promise.Api.Observability.Prometheus;

namespace Promise.Api.Tests.Observability;

public sealed class ProcessMetricsTests
{
    [Fact]
    public void Scrape_ProcessFamilies_ArePresentWithPlausibleValues()
    {
        using var harness = new ExporterHarness();

        var exposition = harness.Scrape();

        Assert.Equal("counter", exposition.Types[ProcessMetrics.CpuSeconds]);
        Assert.True(exposition.Sample(ProcessMetrics.CpuSeconds) > 0);
        Assert.True(exposition.Sample(ProcessMetrics.ResidentMemory) > 1_000_000);
        Assert.True(exposition.Sample(ProcessMetrics.VirtualMemory) >= exposition.Sample(ProcessMetrics.ResidentMemory));
        Assert.True(exposition.Sample(ProcessMetrics.Threads) >= 1);
        var startedSecondsAgo = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - exposition.Sample(ProcessMetrics.StartTime);
        Assert.InRange(startedSecondsAgo, 0, 3_600);
    }

    [Fact]
    public void Scrape_OnLinux_FileDescriptorFamiliesArePresent()
    {
        Assert.True(OperatingSystem.IsLinux(), "Promise runs and is tested on Linux; /proc is expected.");
        using var harness = new ExporterHarness();

        var exposition = harness.Scrape();

        Assert.True(exposition.Sample(ProcessMetrics.OpenFds) >= 3);
        Assert.True(exposition.Sample(ProcessMetrics.MaxFds) >= exposition.Sample(ProcessMetrics.OpenFds));
    }

    [Fact]
    public void Scrape_GcFamilies_CountCollectionsPerGeneration()
    {
        using var harness = new ExporterHarness();
        const string gen2 = "dotnet_gc_collections_total{generation=\"gen2\"}";
        var before = harness.Scrape().Sample(gen2);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);

        var exposition = harness.Scrape();

        Assert.Equal("counter", exposition.Types[ProcessMetrics.GcCollections]);
        Assert.True(exposition.Sample(gen2) > before);
        Assert.True(exposition.Sample("dotnet_gc_collections_total{generation=\"gen0\"}") >= 1);
        Assert.True(exposition.Sample(ProcessMetrics.GcHeapSize) > 0);
    }

    [Theory]
    [InlineData("dotnet_process_cpu_time_seconds_total", "counter")]
    [InlineData("dotnet_gc_heap_total_allocated_bytes_total", "counter")]
    [InlineData("dotnet_process_memory_working_set_bytes", "gauge")]
    [InlineData("dotnet_assembly_count_value", "gauge")]
    public void Scrape_SystemRuntimeMeter_IsTranslated(string family, string type)
    {
        using var harness = new ExporterHarness();

        Assert.Equal(type, harness.Scrape().Types[family]);
    }

    [Fact]
    public void Parse_ProcStatWithSpacesAndParenthesesInName_ReadsMemoryAndThreads()
    {
        const string stat = "4242 (my (odd) app) S 1 4242 4242 0 -1 4194560 2000 0 0 0 150 30 0 0 20 0 "
            + "17 0 123456 987654321 2500 18446744073709551615 1 1 0 0 0 0 0 4096 17630 0 0 0 17 1 0 0 0 0 0";

        var snapshot = ProcessSnapshot.Parse(stat, pageSize: 4096);

        Assert.Equal(new ProcessSnapshot(2500L * 4096, 987654321, 17), snapshot);
    }

    [Theory]
    [InlineData("Max open files            1024                 1048576              files", 1024L)]
    [InlineData("Max open files            unlimited            unlimited            files", null)]
    public void ParseSoftLimit_LimitsLine_ReadsTheSoftLimit(string line, long? expected) =>
        Assert.Equal(expected, FileDescriptors.ParseSoftLimit(line));
}
