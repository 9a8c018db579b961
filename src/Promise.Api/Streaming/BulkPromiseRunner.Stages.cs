using System.Threading.Channels;
using Promise.Api.Errors;
using Promise.Core.Supply;
using Promise.ErpClient.Supply;

namespace Promise.Api.Streaming;

/// <summary>The reading and computing stages of <see cref="BulkPromiseRunner"/>.</summary>
internal sealed partial class BulkPromiseRunner
{
    /// <summary>The first stage: the body parsed as it arrives, into a bounded channel.</summary>
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
#pragma warning disable CA1031 // Whatever ends the reading must reach the answering stages, or they would wait forever.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            writer.TryComplete(exception is IOException && cancellationToken.IsCancellationRequested
                ? new OperationCanceledException(cancellationToken)
                : exception);
        }
    }

    private void Prepare(BulkWindow window, Batch batch, CancellationToken cancellationToken)
    {
        var itemCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < window.Items.Count; i++)
        {
            var item = window.Items[i];
            window.Problems[i] = item.Problem;
            if (item.Request is { } dto && validator.TryValidate(dto, batch.Instant, out var request, out window.Problems[i]))
            {
                window.Requests[i] = request;
                foreach (var line in request!.Lines)
                {
                    itemCodes.Add(line.ItemCode);
                }
            }
        }

        if (itemCodes.Count > 0)
        {
            window.Supply = ReadSupplyAsync(itemCodes, cancellationToken);
        }
    }

    private async Task<(SupplySnapshot? Snapshot, ApiProblem? Problem)> ReadSupplyAsync(HashSet<string> itemCodes, CancellationToken cancellationToken)
    {
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

    /// <summary>
    /// The second stage: windows of whatever has been parsed (up to <c>Api:BulkPrefetchWindow</c>: the requests that
    /// arrived while the previous window was computed), validated, their supply read in one batched call, then
    /// computed in input order on this one task (the shared session is sequential). While a window's supply read
    /// waits (ERPNext, Redis), the next window is taken and its supply read started, so that the waits overlap.
    /// </summary>
    private async Task ComputeAsync(
        ChannelReader<BulkItem> input, ChannelWriter<BulkWindow> output, Batch batch, int windowSize, CancellationToken cancellationToken)
    {
        try
        {
            BulkWindow? ahead = null;
            while ((ahead ?? await TakeAsync(input, batch, windowSize, cancellationToken)) is { } window)
            {
                ahead = null;
                if (!window.Supply.IsCompleted && !window.EndsStream)
                {
                    if (!input.TryPeek(out _))
                    {
                        await Task.WhenAny(window.Supply, input.WaitToReadAsync(cancellationToken).AsTask());
                    }

                    if (!window.Supply.IsCompleted && input.TryPeek(out _))
                    {
                        ahead = Take(input, batch, windowSize, cancellationToken);
                    }
                }

                var (snapshot, supplyProblem) = await window.Supply;
                Compute(window, snapshot, supplyProblem, batch);
                await output.WriteAsync(window, cancellationToken);
                if (window.EndsStream)
                {
                    break;
                }
            }

            output.TryComplete();
        }
#pragma warning disable CA1031 // Forwarded in order: the writing stage answers it after the windows before it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            output.TryComplete(exception);
        }
    }

    /// <summary>The next window once at least one request has been parsed; null at the end of the body.</summary>
    private async ValueTask<BulkWindow?> TakeAsync(ChannelReader<BulkItem> input, Batch batch, int windowSize, CancellationToken cancellationToken) =>
        await input.WaitToReadAsync(cancellationToken) ? Take(input, batch, windowSize, cancellationToken) : null;

    /// <summary>The requests parsed so far (up to a window), validated, their supply read started.</summary>
    private BulkWindow Take(ChannelReader<BulkItem> input, Batch batch, int windowSize, CancellationToken cancellationToken)
    {
        var items = new List<BulkItem>(windowSize);
        while (items.Count < windowSize && input.TryRead(out var item))
        {
            items.Add(item);
        }

        var window = new BulkWindow(items);
        Prepare(window, batch, cancellationToken);
        return window;
    }

    private void Compute(BulkWindow window, SupplySnapshot? snapshot, ApiProblem? supplyProblem, Batch batch)
    {
        for (var i = 0; i < window.Items.Count; i++)
        {
            if (window.Requests[i] is not { } request)
            {
                continue;
            }

            if (snapshot is null)
            {
                window.Problems[i] = supplyProblem ?? Problems.Unexpected();
                continue;
            }

            try
            {
                window.Results[i] = batch.Session is { } session ? session.Promise(snapshot, request) : engine.Quote(snapshot, request);
            }
#pragma warning disable CA1031 // One request failing unexpectedly must not end the batch (style.md §9); it is logged.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogLineFailed(logger, exception, window.Items[i].Index);
                window.Problems[i] = Problems.Unexpected();
            }
        }
    }
}
