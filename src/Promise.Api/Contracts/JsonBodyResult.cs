using System.Buffers;
using System.Text.Json.Serialization.Metadata;

namespace Promise.Api.Contracts;

/// <summary>
/// A 200 JSON answer written with a <c>Content-Length</c>: serialized synchronously (the source generator's
/// fast path) into a per-thread buffer, then copied into the response pipe in one piece, so Kestrel sends
/// headers and body in one write when the request ends instead of a chunked body and a closing chunk.
/// The bytes are those <c>TypedResults.Json</c> writes with the same type info.
/// </summary>
internal sealed class JsonBodyResult<T>(T value, JsonTypeInfo<T> typeInfo)
    : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public T Value { get; } = value;

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => JsonContentType;

    object? IValueHttpResult.Value => Value;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var buffer = JsonWriteBuffer.Serialize(Value, typeInfo);
        try
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = JsonContentType;
            response.ContentLength = buffer.WrittenCount;
            response.BodyWriter.Write(buffer.WrittenSpan);
        }
        finally
        {
            JsonWriteBuffer.Release(buffer);
        }

        return Task.CompletedTask;
    }
}
