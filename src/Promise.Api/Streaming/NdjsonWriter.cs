using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Promise.Api.Streaming;

/// <summary>
/// Writes JSON values as NDJSON lines straight into the response pipe's buffers; <see cref="FlushAsync"/> sends
/// them. <see cref="UnflushedBytes"/> tells the caller when a flush is due.
/// </summary>
internal sealed class NdjsonWriter(PipeWriter output) : IDisposable
{
    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions { SkipValidation = true });

    /// <summary>Bytes written since the last flush.</summary>
    public long UnflushedBytes { get; private set; }

    public void Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        JsonSerializer.Serialize(_json, value, typeInfo);
        _json.Flush();
        UnflushedBytes += _json.BytesCommitted + 1;
        _json.Reset();
        output.Write("\n"u8);
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        UnflushedBytes = 0;
        await output.FlushAsync(cancellationToken);
    }

    public void Dispose() => _json.Dispose();
}
