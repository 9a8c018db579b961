using System.Globalization;
using ErpNext.Fake.Generation;
using ErpNext.Fake.Schema;

namespace ErpNext.Fake.Cli;

/// <summary>The standalone process: serve a fixture until Ctrl+C, or write a generated catalog.</summary>
internal static class StandaloneCommand
{
    private static readonly HashSet<string> Known =
    [
        "--fixture", "--port", "--api-key", "--api-secret", "--latency-ms", "--latency-bin-ms", "--latency-po-ms", "--latency",
        "--generate", "--seed", "--base-date", "--out",
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        CommandLine command;
        try
        {
            command = CommandLine.Parse(args);
            if (command.Unknown(Known).FirstOrDefault() is { } unknown)
            {
                throw new ArgumentException($"Unknown option {unknown}.");
            }

            return command.Has("--generate") ? Generate(command, output) : await ServeAsync(command, output);
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync(ex.Message);
            await error.WriteLineAsync("Usage: --fixture FILE --port N --api-key K --api-secret S [--latency-bin-ms N --latency-po-ms N --latency-ms N --latency DOCTYPE=MS]");
            await error.WriteLineAsync("   or: --generate ITEMS --seed S --base-date YYYY-MM-DD --out FILE");
            return 2;
        }
    }

    private static int Generate(CommandLine command, TextWriter output)
    {
        var baseDateText = command.Text("--base-date") ?? throw new ArgumentException("--base-date is required with --generate.");
        if (!DateOnly.TryParseExact(baseDateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var baseDate))
        {
            throw new ArgumentException($"--base-date must be YYYY-MM-DD, was '{baseDateText}'.");
        }

        var outPath = command.Text("--out") ?? throw new ArgumentException("--out is required with --generate.");
        var options = new CatalogOptions(command.Int("--generate", 0), command.Int("--seed", 1), baseDate);
        using (var file = File.Create(outPath))
        {
            CatalogGenerator.Write(options, file);
        }

        output.WriteLine($"Wrote {options.Items} items (seed {options.Seed}, base date {baseDateText}) to {outPath}");
        return 0;
    }

    private static async Task<int> ServeAsync(CommandLine command, TextWriter output)
    {
        var options = new FakeErpNextOptions
        {
            FixturePath = command.Text("--fixture"),
            Port = command.Int("--port", 8000),
            ApiKey = command.Text("--api-key") ?? "test-key",
            ApiSecret = command.Text("--api-secret") ?? "test-secret",
        };
        await using var server = await FakeErpNextServer.StartAsync(options, logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning), CancellationToken.None);
        ApplyLatency(command, server.Controls);
        await output.WriteLineAsync($"Fake ERPNext listening on {server.BaseUrl} (Ctrl+C to stop)");
        await server.WaitForShutdownAsync();
        return 0;
    }

    private static void ApplyLatency(CommandLine command, FakeErpNextControls controls)
    {
        if (command.Has("--latency-ms"))
        {
            controls.SetLatency("*", TimeSpan.FromMilliseconds(command.Int("--latency-ms", 0)));
        }

        if (command.Has("--latency-bin-ms"))
        {
            controls.SetLatency(BuiltInSchemas.Bin, TimeSpan.FromMilliseconds(command.Int("--latency-bin-ms", 0)));
        }

        if (command.Has("--latency-po-ms"))
        {
            controls.SetLatency(BuiltInSchemas.PurchaseOrder, TimeSpan.FromMilliseconds(command.Int("--latency-po-ms", 0)));
        }

        foreach (var pair in command.All("--latency"))
        {
            var separator = pair.LastIndexOf('=');
            if (separator <= 0 || !int.TryParse(pair[(separator + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms))
            {
                throw new ArgumentException($"--latency wants DOCTYPE=MS, was '{pair}'.");
            }

            controls.SetLatency(pair[..separator], TimeSpan.FromMilliseconds(ms));
        }
    }
}
