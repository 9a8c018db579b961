using BenchmarkDotNet.Running;

namespace Promise.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["quick", ..])
        {
            QuickCheck.Run(args is [_, var only, ..] ? only : null);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
