using Promise.Api.Contracts;
using Promise.Api.Errors;
using Promise.Core.Allocation;
using Promise.Core.Requests;
using Promise.ErpClient.Supply;

namespace Promise.Api.Promising;

/// <summary>A single promise: read the supply of the request's items and quote (holds nothing afterwards).</summary>
internal sealed class PromiseService(ISupplyProvider supply, PromiseEngine engine)
{
    public async Task<(PromiseResponse? Response, ApiProblem? Problem)> QuoteAsync(PromiseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var itemCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in request.Lines)
        {
            itemCodes.Add(line.ItemCode);
        }

        try
        {
            var snapshot = await supply.GetSnapshotAsync(itemCodes, cancellationToken);
            return (ResponseMapper.ToResponse(engine.Quote(snapshot, request)), null);
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
}
