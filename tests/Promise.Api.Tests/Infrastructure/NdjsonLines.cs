using System.Text.Json.Nodes;

namespace Promise.Api.Tests.Infrastructure;

/// <summary>Reads NDJSON answer lines one at a time, as a streaming client does.</summary>
public sealed class NdjsonLines(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream);

    public async Task<JsonObject?> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        var line = await _reader.ReadLineAsync(cts.Token);
        return line is null ? null : JsonNode.Parse(line)!.AsObject();
    }

    public async Task<List<JsonObject>> ReadToEndAsync()
    {
        var lines = new List<JsonObject>();
        while (await NextAsync() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    public void Dispose() => _reader.Dispose();
}
