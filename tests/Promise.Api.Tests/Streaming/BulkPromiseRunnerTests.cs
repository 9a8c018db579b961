using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Promise.Api.Streaming;
using Promise.Api.Tests.Infrastructure;
using Promise.Api.Tests.Validation;

namespace Promise.Api.Tests.Streaming;

public sealed class BulkPromiseRunnerTests : ApiTest
{
    protected override PromiseApiFactory CreateFactory() => TestApps.Embedded(("Api:BulkPrefetchWindow", "2"));

    [Fact]
    public async Task Run_ReaderFailsUnexpectedly_EndsWithOneErrorLineAfterTheAnsweredOnes()
    {
        var lines = await RunAsync(FailingAfter(3));

        Assert.Equal([0, 1, 2, 3], lines.Select(l => l["index"]!.GetValue<int>()));
        Assert.All(lines.Take(3), l => Assert.Equal("OK", l["status"]!.GetValue<string>()));
        Assert.Equal(500, lines[3]["error"]!["status"]!.GetValue<int>());
        Assert.DoesNotContain("boom", lines[3].ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ManyRequests_AnswersAllInOrderAcrossWindows()
    {
        var lines = await RunAsync(Requests(25));

        Assert.Equal(Enumerable.Range(0, 25), lines.Select(l => l["index"]!.GetValue<int>()));
    }

    private async Task<List<JsonObject>> RunAsync(IAsyncEnumerable<BulkItem> items)
    {
        var runner = Factory.Services.GetRequiredService<BulkPromiseRunner>();
        var pipe = new Pipe();
        using (var writer = new NdjsonWriter(pipe.Writer))
        {
            await runner.RunAsync(items, AllocationMode.Shared, writer, CancellationToken.None, CancellationToken.None);
        }

        await pipe.Writer.CompleteAsync();
        var text = Encoding.UTF8.GetString((await pipe.Reader.ReadAtLeastAsync(int.MaxValue)).Buffer);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
    }

    private static async IAsyncEnumerable<BulkItem> Requests(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return BulkItem.Parse(i, RequestParserTests.Bytes("""{"items": [{"item_code": "SKU-001", "qty": 1}]}"""));
        }
    }

    private static async IAsyncEnumerable<BulkItem> FailingAfter(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in Requests(count).WithCancellation(cancellationToken))
        {
            yield return item;
        }

        throw new InvalidOperationException("boom");
    }
}
