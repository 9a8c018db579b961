using System.Globalization;
using System.Diagnostics;

namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// Process and GC families computed at scrape time, with the names Prometheus client libraries
/// use (so stock dashboards work). Their names are reserved: an instrument translating to one is
/// not exported, which keeps every family unique.
/// </summary>
internal sealed class ProcessMetrics
{
    public const string CpuSeconds = "process_cpu_seconds_total";
    public const string StartTime = "process_start_time_seconds";
    public const string ResidentMemory = "process_resident_memory_bytes";
    public const string VirtualMemory = "process_virtual_memory_bytes";
    public const string OpenFds = "process_open_fds";
    public const string MaxFds = "process_max_fds";
    public const string Threads = "process_num_threads";
    public const string GcCollections = "dotnet_gc_collections_total";
    public const string GcHeapSize = "dotnet_gc_heap_size_bytes";

    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        CpuSeconds, StartTime, ResidentMemory, VirtualMemory, OpenFds, MaxFds, Threads, GcCollections, GcHeapSize,
    };

    private readonly double _startTimeSeconds = ReadStartTimeSeconds();

    public void Write(ExpositionWriter writer)
    {
        var snapshot = ProcessSnapshot.Read();
        WriteSingle(writer, CpuSeconds, "Total user and system CPU time spent, in seconds.", PrometheusType.Counter,
            Environment.CpuUsage.TotalTime.TotalSeconds);
        WriteSingle(writer, StartTime, "Start time of the process since the Unix epoch, in seconds.", PrometheusType.Gauge,
            _startTimeSeconds);
        WriteSingle(writer, ResidentMemory, "Resident memory size, in bytes.", PrometheusType.Gauge, snapshot.ResidentBytes);
        WriteSingle(writer, VirtualMemory, "Virtual memory size, in bytes.", PrometheusType.Gauge, snapshot.VirtualBytes);
        WriteSingle(writer, Threads, "Operating-system threads of the process.", PrometheusType.Gauge, snapshot.Threads);
        if (FileDescriptors.IsSupported)
        {
            WriteSingle(writer, OpenFds, "Open file descriptors.", PrometheusType.Gauge, FileDescriptors.CountOpen());
            if (FileDescriptors.ReadMax() is { } max)
            {
                WriteSingle(writer, MaxFds, "Maximum open file descriptors (soft limit).", PrometheusType.Gauge, max);
            }
        }

        WriteGc(writer);
    }

    private static void WriteGc(ExpositionWriter writer)
    {
        writer.WriteHeader(GcCollections, "Garbage collections since the process started, by generation.", PrometheusType.Counter);
        for (var generation = 0; generation <= GC.MaxGeneration; generation++)
        {
            writer.WriteSample(GcCollections, GenerationLabels(generation), GC.CollectionCount(generation));
        }

        WriteSingle(writer, GcHeapSize, "Bytes currently thought to be allocated on the managed heap.", PrometheusType.Gauge,
            GC.GetTotalMemory(forceFullCollection: false));
    }

    private static string GenerationLabels(int generation) => generation switch
    {
        0 => "generation=\"gen0\"",
        1 => "generation=\"gen1\"",
        2 => "generation=\"gen2\"",
        _ => "generation=\"gen" + generation.ToString(CultureInfo.InvariantCulture) + "\"",
    };

    private static void WriteSingle(ExpositionWriter writer, string name, string help, PrometheusType type, double value)
    {
        writer.WriteHeader(name, help, type);
        writer.WriteSample(name, string.Empty, value);
    }

    private static double ReadStartTimeSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds() / 1_000d;
    }
}
