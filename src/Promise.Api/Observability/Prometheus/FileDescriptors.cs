using System.Globalization;

namespace Promise.Api.Observability.Prometheus;

/// <summary>Open and maximum file descriptors from Linux <c>/proc</c>; absent elsewhere.</summary>
internal static class FileDescriptors
{
    private const string FdDirectory = "/proc/self/fd";
    private const string LimitsPath = "/proc/self/limits";
    private const string MaxOpenFiles = "Max open files";

    public static bool IsSupported => Directory.Exists(FdDirectory);

    public static long CountOpen() => Directory.EnumerateFileSystemEntries(FdDirectory).LongCount();

    /// <summary>The soft limit, or null when unlimited or unreadable.</summary>
    public static long? ReadMax()
    {
        if (!File.Exists(LimitsPath))
        {
            return null;
        }

        foreach (var line in File.ReadLines(LimitsPath))
        {
            if (line.StartsWith(MaxOpenFiles, StringComparison.Ordinal))
            {
                return ParseSoftLimit(line);
            }
        }

        return null;
    }

    /// <summary>A limits(5) line: "Max open files  1024  1048576  files".</summary>
    public static long? ParseSoftLimit(string line)
    {
        var columns = line[MaxOpenFiles.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return columns.Length > 0 && long.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out var soft)
            ? soft
            : null;
    }
}
