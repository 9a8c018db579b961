using System.Net;
using System.Text;
using System.Threading.Channels;

namespace Promise.Api.Tests.Infrastructure;

/// <summary>A request body the test writes piece by piece while the request is in flight (chunked, no length).</summary>
public sealed class PushContent : HttpContent
{
    private readonly Channel<string> _chunks = Channel.CreateUnbounded<string>();

    public PushContent(string mediaType) => Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);

    /// <summary>Bytes handed to the transport so far.</summary>
    public long BytesSent { get; private set; }

    public ValueTask SendAsync(string text) => _chunks.Writer.WriteAsync(text);

    public void Complete() => _chunks.Writer.TryComplete();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await foreach (var chunk in _chunks.Reader.ReadAllAsync())
        {
            var bytes = Encoding.UTF8.GetBytes(chunk);
            await stream.WriteAsync(bytes);
            await stream.FlushAsync();
            BytesSent += bytes.Length;
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
