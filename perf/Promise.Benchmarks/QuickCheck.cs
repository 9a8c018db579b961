using System.Diagnostics;
using System.Globalization;
using Promise.Core.Allocation;

namespace Promise.Benchmarks;

/// <summary>
/// <c>dotnet Promise.Benchmarks.dll quick</c>: the two benchmark workloads measured in process CPU time
/// (best of several batches), so that waiting for a core on a loaded machine does not count. A sanity
/// figure next to BenchmarkDotNet's wall-clock report, not a replacement. <c>quick quote</c> runs only the
/// quote, 2.5 times longer, and <c>quick session</c> only the shared session, 10 batches, followed by the
/// same 100,000 orders as independent quotes (what the session's ledger costs); both for <c>perf record</c>
/// and back-to-back comparisons.
/// </summary>
internal static class QuickCheck
{
    public static void Run(string? only)
    {
        if (only != "session")
        {
            var engine = new PromiseEngine(BenchmarkData.Rules());
            var snapshot = BenchmarkData.Snapshot(items: 10, stockPerBin: 10m);
            var request = BenchmarkData.FiveLineOrder();
            var (quoteNs, quoteBytes) = Best(only == "quote" ? 50 : 20, 20_000, () => engine.Quote(snapshot, request));
            Report("five-line quote", quoteNs, quoteBytes);
        }

        if (only == "quote")
        {
            return;
        }

        var session = new SessionBenchmarks();
        session.Setup();
        var (sessionNs, sessionBytes) = Best(only == "session" ? 10 : 3, 1, () => session.SharedSession100k());
        Report("100k-order shared session", sessionNs / SessionBenchmarks.Orders, sessionBytes / SessionBenchmarks.Orders);
        if (only == "session")
        {
            var (quotesNs, quotesBytes) = Best(10, 1, () => session.Quotes100k());
            Report("the same 100k orders as quotes", quotesNs / SessionBenchmarks.Orders, quotesBytes / SessionBenchmarks.Orders);
        }
    }

    private static (double Ns, long Bytes) Best(int batches, int perBatch, Action action)
    {
        var best = double.MaxValue;
        long bytes = 0;
        for (var batch = 0; batch < batches; batch++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < perBatch; i++)
            {
                action();
            }

            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalNanoseconds / perBatch);
            bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / perBatch;
        }

        return (best, bytes);
    }

    private static void Report(string name, double nsPerOrder, long bytesPerOrder) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {nsPerOrder:F0} ns CPU/order, {5e9 / nsPerOrder:F0} lines/s, {bytesPerOrder} B/order"));
}
