using Promise.Api.Errors;
using Promise.Core.Requests;
using Promise.Core.Results;
using Promise.Core.Supply;

namespace Promise.Api.Streaming;

/// <summary>
/// Up to <c>Api:BulkPrefetchWindow</c> consecutive requests of a bulk batch on their way through the pipeline of
/// <see cref="BulkPromiseRunner"/>: validated with their supply read started, then computed, then written.
/// For each position exactly one of <see cref="Results"/> and <see cref="Problems"/> is set once computed.
/// </summary>
internal sealed class BulkWindow
{
    public BulkWindow(List<BulkItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        Requests = new PromiseRequest?[items.Count];
        Problems = new ApiProblem?[items.Count];
        Results = new PromiseResult?[items.Count];
        EndsStream = items.Exists(i => i.EndsStream);
    }

    public List<BulkItem> Items { get; }

    /// <summary>The validated requests; null where the item could not be read or is invalid.</summary>
    public PromiseRequest?[] Requests { get; }

    /// <summary>Why an item is answered with an error line.</summary>
    public ApiProblem?[] Problems { get; }

    public PromiseResult?[] Results { get; }

    /// <summary>The supply read of every item the window's requests name, started before the window is computed.</summary>
    public Task<(SupplySnapshot? Snapshot, ApiProblem? Problem)> Supply { get; set; } = Task.FromResult<(SupplySnapshot?, ApiProblem?)>((null, null));

    /// <summary>True when the stream must end after this window.</summary>
    public bool EndsStream { get; }
}
