using System.Buffers;
using System.IO.Pipelines;

namespace Promise.Api.Endpoints;

/// <summary>Reads a whole request body of at most <c>maxBytes</c> from the pipe (a larger one is refused without reading it all).</summary>
internal static class LimitedBody
{
    /// <summary>Hands the complete body to <paramref name="parse"/> while the pipe still holds it; null result means too large.</summary>
    public static async Task<(bool TooLarge, T? Value)> ReadAsync<T>(
        HttpRequest request, long maxBytes, Func<ReadOnlySequence<byte>, T> parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parse);
        if (request.ContentLength > maxBytes)
        {
            return (true, default);
        }

        PipeReader body = request.BodyReader;
        while (true)
        {
            var result = await body.ReadAsync(cancellationToken);
            if (result.Buffer.Length > maxBytes)
            {
                body.AdvanceTo(result.Buffer.End);
                return (true, default);
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                var value = parse(result.Buffer);
                body.AdvanceTo(result.Buffer.End);
                return (false, value);
            }

            body.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }
}
