using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Promise.Api.Configuration;
using Promise.Api.Contracts;
using Promise.Api.Errors;
using Promise.Api.Observability;
using Promise.Api.Validation;
using Promise.Core.Allocation;
using Promise.Core.Requests;
using Promise.Core.Supply;
using Promise.ErpClient.Supply;

namespace Promise.Api.Streaming;

/// <summary>
/// Answers a bulk batch as a stream: a reader task parses requests from the body into a bounded channel
/// while this loop takes whatever has arrived (up to <c>Api:BulkPrefetchWindow</c>), reads the supply of
/// that whole window in one batched call, computes the requests in input order and flushes their lines.
/// Memory is bounded by the window, whatever the batch size; the first lines go out while the client is
/// still sending.
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
    public async Task RunAsync(
        IAsyncEnumerable<BulkItem> items, AllocationMode mode, NdjsonWriter output, CancellationToken aborted, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(output);
        var started = Stopwatch.GetTimestamp();
        var batch = new Batch(timeProvider.GetUtcNow(), mode == AllocationMode.Shared ? engine.StartSession() : null);
        var windowSize = options.Value.BulkPrefetchWindow;
        var channel = Channel.CreateBounded<BulkItem>(new BoundedChannelOptions(windowSize) { SingleReader = true, SingleWriter = true });
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
        var reading = FillAsync(items, channel.Writer, linked.Token);
        var window = new List<BulkItem>(windowSize);
        try
        {
            while (await channel.Reader.WaitToReadAsync(linked.Token))
            {
                window.Clear();
                while (window.Count < windowSize && channel.Reader.TryRead(out var item))
                {
                    window.Add(item);
                }

                var ended = await AnswerWindowAsync(window, batch, output, linked.Token);
                await output.FlushAsync(linked.Token);
                if (ended)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            // Shutting down: end the stream with one error line so the client knows where to resume.
            Write(output, batch.NextIndex, Problems.ShuttingDown());
            await output.FlushAsync(aborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && aborted.IsCancellationRequested)
        {
            LogAborted(logger, batch.NextIndex);
        }
        catch (BadHttpRequestException exception)
        {
            // The body could not be read (too slow, or cut off): answer where the stream stopped.
            Write(output, batch.NextIndex, new ApiProblem(exception.StatusCode, "Bad Request", "The request body could not be read to the end."));
            await output.FlushAsync(aborted);
        }
#pragma warning disable CA1031 // The response has started: the stream ends with an error line instead of a dropped connection.
        catch (Exception exception) when (!aborted.IsCancellationRequested)
#pragma warning restore CA1031
        {
            LogStreamFailed(logger, exception, batch.NextIndex);
            Write(output, batch.NextIndex, Problems.Unexpected());
            await output.FlushAsync(aborted);
        }
        finally
        {
            await linked.CancelAsync();
            await ObserveAsync(reading);
            metrics.RecordBulkDuration(Stopwatch.GetElapsedTime(started));
        }
    }

    private static async Task FillAsync(IAsyncEnumerable<BulkItem> items, ChannelWriter<BulkItem> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in items.WithCancellation(cancellationToken))
            {
                await writer.WriteAsync(item, cancellationToken);
                if (item.EndsStream)
                {
                    break;
                }
            }

            writer.TryComplete();
        }
#pragma warning disable CA1031 // Whatever ends the reading must reach the answering loop, or it would wait forever.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            writer.TryComplete(exception is IOException && cancellationToken.IsCancellationRequested
                ? new OperationCanceledException(cancellationToken)
                : exception);
        }
    }

    private static async Task ObserveAsync(Task reading)
    {
        try
        {
            await reading;
        }
        catch (OperationCanceledException)
        {
            // Expected when the loop stops first.
        }
    }

    /// <returns>True when the stream must end after this window.</returns>
    private async Task<bool> AnswerWindowAsync(List<BulkItem> window, Batch batch, NdjsonWriter output, CancellationToken cancellationToken)
    {
        var requests = new PromiseRequest?[window.Count];
        var problems = new ApiProblem?[window.Count];
        var itemCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < window.Count; i++)
        {
            problems[i] = window[i].Problem;
            if (window[i].Request is { } dto && validator.TryValidate(dto, batch.Instant, out var request, out problems[i]))
            {
                requests[i] = request;
                foreach (var line in request!.Lines)
                {
                    itemCodes.Add(line.ItemCode);
                }
            }
        }

        var (snapshot, supplyProblem) = await ReadSupplyAsync(itemCodes, cancellationToken);
        var ended = false;
        for (var i = 0; i < window.Count; i++)
        {
            var index = window[i].Index;
            if (requests[i] is { } request)
            {
                Answer(output, index, request, snapshot, supplyProblem, batch);
            }
            else
            {
                Write(output, index, problems[i]!);
            }

            batch.NextIndex = index + 1;
            ended |= window[i].EndsStream;
        }

        return ended;
    }

    private async Task<(SupplySnapshot? Snapshot, ApiProblem? Problem)> ReadSupplyAsync(HashSet<string> itemCodes, CancellationToken cancellationToken)
    {
        if (itemCodes.Count == 0)
        {
            return (null, null);
        }

        try
        {
            return (await supply.GetSnapshotAsync(itemCodes, cancellationToken), null);
        }
        catch (ErpUnavailableException exception)
        {
            return (null, Problems.ErpUnavailable(exception));
        }
        catch (ErpRejectedException exception)
        {
            return (null, Problems.ErpRejected(exception));
        }
    }

    private void Answer(NdjsonWriter output, int index, PromiseRequest request, SupplySnapshot? snapshot, ApiProblem? supplyProblem, Batch batch)
    {
        if (snapshot is null)
        {
            Write(output, index, supplyProblem ?? Problems.Unexpected());
            return;
        }

        PromiseResponse response;
        try
        {
            var result = batch.Session is { } session ? session.Promise(snapshot, request) : engine.Quote(snapshot, request);
            response = ResponseMapper.ToResponse(result) with { Index = index };
        }
#pragma warning disable CA1031 // One request failing unexpectedly must not end the batch (style.md §9); it is logged.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogLineFailed(logger, exception, index);
            Write(output, index, Problems.Unexpected());
            return;
        }

        output.Write(response, PromiseJsonContext.Default.PromiseResponse);
        metrics.RecordBulkLine(ok: true);
    }

    private void Write(NdjsonWriter output, int index, ApiProblem problem)
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
