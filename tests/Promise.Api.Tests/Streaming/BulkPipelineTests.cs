using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Promise.Api.Configuration;
using Promise.Api.Observability;
using Promise.Api.Streaming;
using Promise.Api.Tests.Infrastructure;
using Promise.Api.Tests.Validation;
using Promise.Api.Validation;
using Promise.Core.Allocation;
using Promise.Core.Supply;
using Promise.ErpClient.Supply;

namespace Promise.Api.Tests.Streaming;

/// <summary>The bulk runner's stages overlap (supply read ahead) and stay bounded (back-pressure).</summary>
public sealed class BulkPipelineTests : ApiTest
{
    private const int Window = 2;
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    protected override PromiseApiFactory CreateFactory() => TestApps.Embedded(("Api:BulkPrefetchWindow", Window.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task Run_FirstWindowsSupplyStillPending_ReadsTheNextWindowsSupplyMeanwhile_AndAnswersInOrder()
    {
        var supply = new GatedSupply(Factory.Services.GetRequiredService<ISupplyProvider>());
        var pipe = new Pipe();
        using var writer = new NdjsonWriter(pipe.Writer);

        var run = Runner(supply).RunAsync(Requests(6), AllocationMode.Shared, writer, CancellationToken.None, CancellationToken.None);
        await supply.SecondCallStarted.Task.WaitAsync(Generous);
        Assert.False(run.IsCompleted);
        supply.ReleaseFirst.SetResult();
        await run.WaitAsync(Generous);

        await pipe.Writer.CompleteAsync();
        var text = Encoding.UTF8.GetString((await pipe.Reader.ReadAtLeastAsync(int.MaxValue)).Buffer);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(Enumerable.Range(0, 6), lines.Select(l => l["index"]!.GetValue<int>()));
        Assert.All(lines, l => Assert.Null(l["error"]));
    }

    [Fact]
    public async Task Run_ClientNotReadingTheAnswer_StopsTakingRequestsAfterAFewWindows()
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1024, resumeWriterThreshold: 512));
        using var writer = new NdjsonWriter(pipe.Writer);
        using var aborted = new CancellationTokenSource();
        var source = new EndlessRequests();

        var run = Runner(Factory.Services.GetRequiredService<ISupplyProvider>())
            .RunAsync(source.ReadAsync(), AllocationMode.Shared, writer, aborted.Token, CancellationToken.None);
        var taken = await source.WhenSettledAsync();

        // Read ahead: the parsed-requests channel (a window), the window computing and one read ahead, two
        // computed and one being written: about 6 windows, never the whole (endless) body.
        Assert.InRange(taken, Window, 10 * Window);
        await aborted.CancelAsync();
        await run.WaitAsync(Generous);
    }

    private BulkPromiseRunner Runner(ISupplyProvider supply)
    {
        var services = Factory.Services;
        return new BulkPromiseRunner(
            supply,
            services.GetRequiredService<PromiseEngine>(),
            services.GetRequiredService<PromiseRequestValidator>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<IOptions<ApiOptions>>(),
            services.GetRequiredService<PromiseMetrics>(),
            services.GetRequiredService<ILogger<BulkPromiseRunner>>());
    }

    private static BulkItem Request(int index) =>
        BulkItem.Parse(index, RequestParserTests.Bytes("""{"items": [{"item_code": "SKU-001", "qty": 1}]}"""));

    private static async IAsyncEnumerable<BulkItem> Requests(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return Request(i);
        }
    }

    /// <summary>The real supply, except that the first read waits for <see cref="ReleaseFirst"/>.</summary>
    private sealed class GatedSupply(ISupplyProvider inner) : ISupplyProvider
    {
        private int _calls;

        public TaskCompletionSource ReleaseFirst { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource SecondCallStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask<SupplySnapshot> GetSnapshotAsync(IReadOnlyCollection<string> itemCodes, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            if (call == 1)
            {
                await ReleaseFirst.Task.WaitAsync(cancellationToken);
            }
            else if (call == 2)
            {
                SecondCallStarted.TrySetResult();
            }

            return await inner.GetSnapshotAsync(itemCodes, cancellationToken);
        }
    }

    /// <summary>A body that never ends; counts the requests the runner took.</summary>
    private sealed class EndlessRequests
    {
        private int _taken;

        public async IAsyncEnumerable<BulkItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            for (var i = 0; !cancellationToken.IsCancellationRequested; i++)
            {
                await Task.Yield();
                Interlocked.Increment(ref _taken);
                yield return Request(i);
            }
        }

        /// <summary>The count once it has stopped growing for a while (bounded by a generous limit in time).</summary>
        public async Task<int> WhenSettledAsync()
        {
            var last = -1;
            for (var i = 0; i < 100; i++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
                var now = Volatile.Read(ref _taken);
                if (now == last && now > 0)
                {
                    return now;
                }

                last = now;
            }

            return Volatile.Read(ref _taken);
        }
    }
}
