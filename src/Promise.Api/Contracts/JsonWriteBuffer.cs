using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Promise.Api.Contracts;

/// <summary>
/// One reusable output buffer and <see cref="Utf8JsonWriter"/> per thread for synchronous serialization:
/// a JSON answer is written, copied out and released without awaiting in between, so no request ever
/// shares a thread's buffer with another. Buffers that grew past <see cref="MaxRetainedBytes"/> are dropped.
/// </summary>
internal static class JsonWriteBuffer
{
    public const int MaxRetainedBytes = 64 * 1024;
    private const int InitialBytes = 4 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    [ThreadStatic]
    private static JsonSerializerOptions? t_writerOptionsOf;

    /// <summary>Serializes <paramref name="value"/>; pass the result to <see cref="Release"/> once its bytes are copied.</summary>
    public static ArrayBufferWriter<byte> Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(InitialBytes);
        var writer = t_writer;
        t_buffer = null;
        t_writer = null;
        buffer.ResetWrittenCount();
        if (writer is null || !ReferenceEquals(t_writerOptionsOf, typeInfo.Options))
        {
            writer = new Utf8JsonWriter(buffer, WriterOptions(typeInfo.Options));
            t_writerOptionsOf = typeInfo.Options;
        }
        else
        {
            writer.Reset(buffer);
        }

        JsonSerializer.Serialize(writer, value, typeInfo);
        t_writer = writer;
        return buffer;
    }

    public static void Release(ArrayBufferWriter<byte> buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (buffer.Capacity > MaxRetainedBytes)
        {
            t_writer = null;
            return;
        }

        t_buffer = buffer;
    }

    // What the serializer itself uses for its own writers (System.Text.Json's GetWriterOptions).
    private static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
        NewLine = options.NewLine,
        SkipValidation = true,
    };
}
