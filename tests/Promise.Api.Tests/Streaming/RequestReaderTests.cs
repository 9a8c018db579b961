using System.IO.Pipelines;
using System.Text;
using Promise.Api.Streaming;

namespace Promise.Api.Tests.Streaming;

public class RequestReaderTests
{
    private const string A = """{"order_id":"A","items":[{"item_code":"X","qty":1}]}""";
    private const string B = """{"order_id":"B","items":[{"item_code":"Y","qty":2}]}""";

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Ndjson_AnyChunking_GivesTheSameItems(int chunkSize)
    {
        var items = await ReadAsync(A + "\r\n\n  \n" + B + "\nnope\n" + A, chunkSize, ndjson: true);

        Assert.Equal([0, 1, 2, 3], items.Select(i => i.Index));
        Assert.Equal(["A", "B", null, "A"], items.Select(i => i.Request?.OrderId));
        Assert.NotNull(items[2].Problem);
        Assert.All(items, i => Assert.False(i.EndsStream));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(4096)]
    public async Task Ndjson_OversizedLine_Is413AndSkippedToItsNewline(int chunkSize)
    {
        var big = "{\"pad\":\"" + new string('x', 3000) + "\"}";

        var items = await ReadAsync(A + "\n" + big + "\n" + B + "\n", chunkSize, ndjson: true, maxBytes: 1024);

        Assert.Equal(["A", null, "B"], items.Select(i => i.Request?.OrderId));
        Assert.Equal(413, items[1].Problem!.Status);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public async Task JsonArray_AnyChunking_GivesTheSameItems(int chunkSize)
    {
        var items = await ReadAsync($" [ {A} ,\n{B}, \"str\", {{\"items\":[[1]]}}, {A} ] ", chunkSize, ndjson: false);

        Assert.Equal([0, 1, 2, 3, 4], items.Select(i => i.Index));
        Assert.Equal(["A", "B", null, null, "A"], items.Select(i => i.Request?.OrderId));
        Assert.Equal("items[0]", items[3].Problem!.Errors!.Keys.Single());
    }

    [Theory]
    [InlineData("[" + A + ", {\"x\": }, " + B + "]", 1)]
    [InlineData("[" + A + " " + B + "]", 1)]
    [InlineData("[" + A + ", " + B, 2)]
    [InlineData("{\"items\": []}", 0)]
    public async Task JsonArray_SyntaxError_EndsWithOneErrorAtTheFailingIndex(string body, int failingIndex)
    {
        var items = await ReadAsync(body, 4, ndjson: false);

        var last = items[^1];
        Assert.Equal(failingIndex, last.Index);
        Assert.True(last.EndsStream);
        Assert.Equal(400, last.Problem!.Status);
        Assert.Equal(failingIndex + 1, items.Count);
    }

    [Fact]
    public async Task JsonArray_OversizedElement_EndsWith413()
    {
        var items = await ReadAsync("[" + A + ", {\"pad\":\"" + new string('x', 3000) + "\"}]", 64, ndjson: false, maxBytes: 1024);

        Assert.Equal(2, items.Count);
        Assert.Equal(413, items[1].Problem!.Status);
        Assert.True(items[1].EndsStream);
    }

    private static async Task<List<BulkItem>> ReadAsync(string body, int chunkSize, bool ndjson, long maxBytes = 1024 * 1024)
    {
        var pipe = new Pipe();
        var bytes = Encoding.UTF8.GetBytes(body);
        var writing = Task.Run(async () =>
        {
            for (var offset = 0; offset < bytes.Length; offset += chunkSize)
            {
                await pipe.Writer.WriteAsync(bytes.AsMemory(offset, Math.Min(chunkSize, bytes.Length - offset)));
            }

            await pipe.Writer.CompleteAsync();
        });
        var items = new List<BulkItem>();
        var source = ndjson
            ? NdjsonRequestReader.ReadAsync(pipe.Reader, maxBytes, CancellationToken.None)
            : JsonArrayRequestReader.ReadAsync(pipe.Reader, maxBytes, CancellationToken.None);
        await foreach (var item in source)
        {
            items.Add(item);
        }

        await writing;
        return items;
    }
}
