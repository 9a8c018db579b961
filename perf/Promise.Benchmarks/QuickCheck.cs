using System.Diagnostics;
using System.Globalization;
using Promise.Core.Allocation;

namespace Promise.Benchmarks;

/// <summary>
/// <c>dotnet Promise.Benchmarks.dll quick</c>: a fast sanity figure for the five-line quote (best of 20
/// batches, measured in process CPU time so that waiting for a core on a loaded machine does not count)
/// before running BenchmarkDotNet.
/// </summary>
internal static class QuickCheck
{
    public static void Run()
    {
        var engine = new PromiseEngine(BenchmarkData.Rules());
        var snapshot = BenchmarkData.Snapshot(items: 10, stockPerBin: 10m);
        var request = BenchmarkData.FiveLineOrder();
        const int PerBatch = 20_000;
        var best = double.MaxValue;
        long bytes = 0;
        for (var batch = 0; batch < 20; batch++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < PerBatch; i++)
            {
                engine.Quote(snapshot, request);
            }

            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalNanoseconds / PerBatch);
            bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / PerBatch;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"five-line quote: best {best:F0} ns/order, {5e9 / best:F0} lines/s, {bytes} B/order"));
    }
}
