using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Promise.Benchmarks;

/// <summary>
/// BenchmarkDotNet's short run (3 warm-ups, 3 iterations), in process: the generated child project cannot
/// be built inside this repository's artifacts layout, so the emit toolchain runs the benchmarks here.
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
}
