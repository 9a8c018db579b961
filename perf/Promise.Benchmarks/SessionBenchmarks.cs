using BenchmarkDotNet.Attributes;
using Promise.Core.Allocation;
using Promise.Core.Requests;
using Promise.Core.Supply;

namespace Promise.Benchmarks;

/// <summary>A shared bulk session of 100,000 five-line orders over 1,000 items (figures are per order).</summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessConfig))]
public class SessionBenchmarks
{
    public const int Orders = 100_000;

    private PromiseEngine _engine = null!;
    private SupplySnapshot _snapshot = null!;
    private PromiseRequest[] _requests = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new PromiseEngine(BenchmarkData.Rules());
        _snapshot = BenchmarkData.Snapshot(items: 1_000, stockPerBin: 400m);
        var random = new Random(20261221);
        var start = new DateTimeOffset(2026, 12, 21, 6, 0, 0, TimeSpan.Zero);
        _requests = new PromiseRequest[Orders];
        for (var i = 0; i < Orders; i++)
        {
            // A List, as the API builds request lines (see BenchmarkData.FiveLineOrder).
            var lines = new List<OrderLine>(5);
            for (var l = 0; l < 5; l++)
            {
                lines.Add(new OrderLine((l + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), $"SKU-{random.Next(1_000)}", random.Next(1, 4)));
            }

            _requests[i] = new PromiseRequest { OrderInstant = start.AddSeconds(i), Lines = lines };
        }
    }

    [Benchmark(OperationsPerInvoke = Orders)]
    public int SharedSession100k()
    {
        var session = _engine.StartSession();
        var ok = 0;
        foreach (var request in _requests)
        {
            ok += session.Promise(_snapshot, request).CanFulfill ? 1 : 0;
        }

        return ok;
    }

    /// <summary>The same orders as independent quotes (not a benchmark: <c>quick session</c> compares it with the session).</summary>
    public int Quotes100k()
    {
        var ok = 0;
        foreach (var request in _requests)
        {
            ok += _engine.Quote(_snapshot, request).CanFulfill ? 1 : 0;
        }

        return ok;
    }
}
