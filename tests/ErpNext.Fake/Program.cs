using ErpNext.Fake.Cli;

namespace ErpNext.Fake;

/// <summary>Standalone entry point: serve a fixture, or generate one (see README.md).</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => StandaloneCommand.RunAsync(args, Console.Out, Console.Error);
}
