using System.Diagnostics;

namespace Promise.Api.Tests.Observability;

/// <summary>Runs <c>promtool check metrics</c> (Prometheus' own parser and linter) on an exposition.</summary>
internal static class Promtool
{
    public const string MissingMessage =
        "promtool is not on PATH. ./test.sh installs it (Debian package 'prometheus': apt-get install -y prometheus); "
        + "the metrics output must be validated by Prometheus' own linter, so this test fails rather than skips.";

    public static async Task<(int ExitCode, string Output)> CheckMetricsAsync(string exposition)
    {
        var path = Find() ?? throw new InvalidOperationException(MissingMessage);
        var start = new ProcessStartInfo(path, ["check", "metrics"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {path}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(exposition);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await stdout + await stderr).Trim());
    }

    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "promtool"))
            .FirstOrDefault(File.Exists);
}
