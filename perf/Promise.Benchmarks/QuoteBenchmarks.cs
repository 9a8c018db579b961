using BenchmarkDotNet.Attributes;
using Promise.Core.Allocation;
using Promise.Core.Requests;
using Promise.Core.Results;
using Promise.Core.Supply;

namespace Promise.Benchmarks;

/// <summary>One 5-line order, the full computation (allocation, order_by probes, confidence, facts, options).</summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessConfig))]
public class QuoteBenchmarks
{
    private PromiseEngine _engine = null!;
    private SupplySnapshot _snapshot = null!;
    private PromiseRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new PromiseEngine(BenchmarkData.Rules());
        _snapshot = BenchmarkData.Snapshot(items: 10, stockPerBin: 10m);
        _request = BenchmarkData.FiveLineOrder();
    }

    [Benchmark]
    public PromiseResult FiveLineQuote() => _engine.Quote(_snapshot, _request);
}
