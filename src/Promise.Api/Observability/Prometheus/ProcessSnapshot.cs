using System.Diagnostics;
using System.Globalization;

namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// Memory and thread figures of this process, read at scrape time from <c>/proc/self/stat</c>
/// on Linux (cheap, no Process object) and from <see cref="Process"/> elsewhere.
/// </summary>
internal readonly record struct ProcessSnapshot(long ResidentBytes, long VirtualBytes, long Threads)
{
    private const string StatPath = "/proc/self/stat";

    // Field numbers of proc(5), counted from 1; the text after "(comm)" starts at field 3.
    private const int FirstFieldAfterComm = 3;
    private const int ThreadsField = 20;
    private const int VirtualSizeField = 23;
    private const int ResidentPagesField = 24;

    public static ProcessSnapshot Read() =>
        File.Exists(StatPath) ? Parse(File.ReadAllText(StatPath), Environment.SystemPageSize) : FromProcess();

    /// <summary>Parses proc(5) stat text; the command name may itself contain spaces and parentheses.</summary>
    public static ProcessSnapshot Parse(string stat, long pageSize)
    {
        var afterComm = stat[(stat.LastIndexOf(')') + 1)..];
        var fields = afterComm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long Field(int number) => long.Parse(fields[number - FirstFieldAfterComm], CultureInfo.InvariantCulture);
        return new ProcessSnapshot(Field(ResidentPagesField) * pageSize, Field(VirtualSizeField), Field(ThreadsField));
    }

    private static ProcessSnapshot FromProcess()
    {
        using var process = Process.GetCurrentProcess();
        return new ProcessSnapshot(process.WorkingSet64, process.VirtualMemorySize64, process.Threads.Count);
    }
}
