using BenchmarkDotNet.Running;

namespace Promise.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["quick", ..])
        {
            QuickCheck.Run(quoteOnly: args is [_, "quote"]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
