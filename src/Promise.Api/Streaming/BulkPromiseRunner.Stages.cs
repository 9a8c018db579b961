using System.Threading.Channels;
using Promise.Api.Errors;
using Promise.Core.Supply;
using Promise.ErpClient.Supply;

namespace Promise.Api.Streaming;

/// <summary>The prepare and compute stages of <see cref="BulkPromiseRunner"/>.</summary>
internal sealed partial class BulkPromiseRunner
{
    /// <summary>Stage 2: windows of whatever has arrived, validated, their supply read started.</summary>
    private async Task PrepareAsync(ChannelReader<BulkItem> input, ChannelWriter<BulkWindow> output, Batch batch, int windowSize, CancellationToken cancellationToken)
    {
        try
        {
            var ended = false;
            while (!ended && await input.WaitToReadAsync(cancellationToken))
            {
                var items = new List<BulkItem>(windowSize);
                while (items.Count < windowSize && input.TryRead(out var item))
                {
                    items.Add(item);
                }

                var window = new BulkWindow(items);
                Prepare(window, batch, cancellationToken);
                ended = window.EndsStream;
                await output.WriteAsync(window, cancellationToken);
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

    /// <summary>Stage 3: each window, in input order, on this one task (the shared session is sequential).</summary>
    private async Task ComputeAsync(ChannelReader<BulkWindow> input, ChannelWriter<BulkWindow> output, Batch batch, CancellationToken cancellationToken)
    {
        try
        {
            while (await input.WaitToReadAsync(cancellationToken))
            {
                while (input.TryRead(out var window))
                {
                    var (snapshot, supplyProblem) = await window.Supply;
                    Compute(window, snapshot, supplyProblem, batch);
                    await output.WriteAsync(window, cancellationToken);
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
