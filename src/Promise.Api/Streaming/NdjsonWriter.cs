using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Promise.Api.Streaming;

/// <summary>Writes JSON values as NDJSON lines into the response pipe; <see cref="FlushAsync"/> sends them.</summary>
internal sealed class NdjsonWriter(PipeWriter output) : IDisposable
{
    private readonly Utf8JsonWriter _json = new(output);

    public void Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        JsonSerializer.Serialize(_json, value, typeInfo);
        _json.Flush();
        _json.Reset();
        output.Write("\n"u8);
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken) => await output.FlushAsync(cancellationToken);

    public void Dispose() => _json.Dispose();
}
