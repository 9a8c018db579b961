using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Promise.Api.Configuration;
using Promise.Api.Contracts;
using Promise.Api.Errors;
using Promise.Api.Observability;
using Promise.Api.Validation;
using Promise.Core.Allocation;
using Promise.ErpClient.Supply;

namespace Promise.Api.Streaming;

/// <summary>
/// Answers a bulk batch as a stream, in three concurrent stages joined by bounded channels:
/// <list type="number">
/// <item>read: the body is parsed into requests as it arrives (<c>Api:BulkPrefetchWindow</c> buffered);</item>
/// <item>compute: whatever has been parsed (up to a window) is validated, the supply of the whole window is read
/// in one batched call and the window is computed strictly in input order (in <c>shared</c> mode every request
/// consumes the supply earlier ones left: promise-rules §7); while a supply read waits on I/O, the next
/// window's read is started;</item>
/// <item>write: answers are mapped and serialized into the response pipe on another core, flushed when
/// <see cref="FlushBytes"/> are buffered or no further window is ready (so the first lines leave at once).</item>
/// </list>
/// Every channel is bounded (a window of requests, <see cref="WindowsAhead"/> computed windows), so a slow client
/// stops the reading of the body: memory stays bounded by a few windows whatever the batch size. Windows hold
/// what arrived while the previous one was computed: full ones when the client sends fast (each window's supply
/// read has a fixed cost), small ones when it sends slowly.
/// </summary>
internal sealed partial class BulkPromiseRunner(
    ISupplyProvider supply,
    PromiseEngine engine,
    PromiseRequestValidator validator,
    TimeProvider timeProvider,
    IOptions<ApiOptions> options,
    PromiseMetrics metrics,
    ILogger<BulkPromiseRunner> logger)
{
    /// <summary>Computed windows the writing stage may lag behind.</summary>
    public const int WindowsAhead = 2;

    /// <summary>Answer bytes buffered before a flush even when the next window is ready.</summary>
    public const int FlushBytes = 64 * 1024;

    public async Task RunAsync(
        IAsyncEnumerable<BulkItem> items, AllocationMode mode, NdjsonWriter output, CancellationToken aborted, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(output);
        var started = Stopwatch.GetTimestamp();
        var batch = new Batch(timeProvider.GetUtcNow(), mode == AllocationMode.Shared ? engine.StartSession() : null);
        var windowSize = options.Value.BulkPrefetchWindow;
        var parsed = Channel.CreateBounded<BulkItem>(new BoundedChannelOptions(windowSize) { SingleReader = true, SingleWriter = true });
        var computed = Channel.CreateBounded<BulkWindow>(new BoundedChannelOptions(WindowsAhead) { SingleReader = true, SingleWriter = true });
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
        var reading = FillAsync(items, parsed.Writer, linked.Token);
        var computing = ComputeAsync(parsed.Reader, computed.Writer, batch, windowSize, linked.Token);
        try
        {
            await WriteAsync(computed.Reader, batch, output, linked.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            // Shutting down: end the stream with one error line so the client knows where to resume.
            WriteError(output, batch.NextIndex, Problems.ShuttingDown());
            await output.FlushAsync(aborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && aborted.IsCancellationRequested)
        {
            LogAborted(logger, batch.NextIndex);
        }
        catch (BadHttpRequestException exception)
        {
            // The body could not be read (too slow, or cut off): answer where the stream stopped.
            WriteError(output, batch.NextIndex, new ApiProblem(exception.StatusCode, "Bad Request", "The request body could not be read to the end."));
            await output.FlushAsync(aborted);
        }
#pragma warning disable CA1031 // The response has started: the stream ends with an error line instead of a dropped connection.
        catch (Exception exception) when (!aborted.IsCancellationRequested)
#pragma warning restore CA1031
        {
            LogStreamFailed(logger, exception, batch.NextIndex);
            WriteError(output, batch.NextIndex, Problems.Unexpected());
            await output.FlushAsync(aborted);
        }
        finally
        {
            await linked.CancelAsync();
            await Task.WhenAll(reading, computing);
            metrics.RecordBulkDuration(Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>The last stage: the answers in input order, flushed by size or when nothing further is ready.</summary>
    private async Task WriteAsync(ChannelReader<BulkWindow> input, Batch batch, NdjsonWriter output, CancellationToken cancellationToken)
    {
        while (await input.WaitToReadAsync(cancellationToken))
        {
            while (input.TryRead(out var window))
            {
                Write(window, batch, output);
                if (window.EndsStream || output.UnflushedBytes >= FlushBytes || !input.TryPeek(out _))
                {
                    await output.FlushAsync(cancellationToken);
                }

                if (window.EndsStream)
                {
                    return;
                }
            }
        }
    }

    private void Write(BulkWindow window, Batch batch, NdjsonWriter output)
    {
        for (var i = 0; i < window.Items.Count; i++)
        {
            var index = window.Items[i].Index;
            if (window.Results[i] is { } result && Map(result, index) is { } response)
            {
                output.Write(response, PromiseJsonContext.Default.PromiseResponse);
                metrics.RecordBulkLine(ok: true);
            }
            else
            {
                WriteError(output, index, window.Problems[i] ?? Problems.Unexpected());
            }

            batch.NextIndex = index + 1;
        }

            }

    private PromiseResponse? Map(Core.Results.PromiseResult result, int index)
    {
        try
        {
            return ResponseMapper.ToResponse(result) with { Index = index };
        }
#pragma warning disable CA1031 // As a failed computation: the line becomes an error line, the batch goes on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogLineFailed(logger, exception, index);
            return null;
        }
    }

    private void WriteError(NdjsonWriter output, int index, ApiProblem problem)
    {
        output.Write(new BulkErrorLine(index, problem.ToErrorBody()), PromiseJsonContext.Default.BulkErrorLine);
        metrics.RecordBulkLine(ok: false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Bulk request {Index} failed unexpectedly")]
    private static partial void LogLineFailed(ILogger logger, Exception exception, int index);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bulk stream failed unexpectedly after {Lines} lines")]
    private static partial void LogStreamFailed(ILogger logger, Exception exception, int lines);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bulk stream aborted by the client after {Lines} lines")]
    private static partial void LogAborted(ILogger logger, int lines);

    /// <summary>State of one batch: its shared order instant, its allocation session, and the next index to answer.</summary>
    private sealed class Batch(DateTimeOffset instant, AllocationSession? session)
    {
        public DateTimeOffset Instant { get; } = instant;

        public AllocationSession? Session { get; } = session;

        public int NextIndex { get; set; }
    }
}
