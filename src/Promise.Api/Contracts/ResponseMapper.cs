using Promise.Core.Facts;
using Promise.Core.Results;

namespace Promise.Api.Contracts;

/// <summary>Maps the calculator's <see cref="PromiseResult"/> to the wire answer; texts come from <see cref="FactText"/>.</summary>
internal static class ResponseMapper
{
    public static PromiseResponse ToResponse(PromiseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new PromiseResponse
        {
            OrderId = result.OrderId,
            Customer = result.Customer,
            SalesOrderId = result.SalesOrderId,
            Status = WireNames.Of(result.Status),
            CanFulfill = result.CanFulfill,
            PromiseDate = result.PromiseDate,
            PromiseDateRaw = result.PromiseDateRaw,
            FirstDeliveryDate = result.FirstDeliveryDate,
            DesiredDate = result.DesiredDate,
            DesiredDateMode = WireNames.Of(result.DesiredDateMode),
            OnTime = result.OnTime,
            AdjustedDueToNoEarlyDelivery = result.AdjustedDueToNoEarlyDelivery,
            Confidence = WireNames.Of(result.Confidence),
            OrderBy = result.OrderBy is { } orderBy ? WireTime.Format(orderBy) : null,
            Plan = Map(result.Plan, ToLine),
            Reasons = Map(result.Reasons, FactText.Render),
            Blockers = Map(result.Blockers, FactText.Render),
            Options = Map(result.Options, ToOption),
            DataAsOf = WireTime.Format(result.DataAsOf),
            Degraded = result.Degraded,
        };
    }

    private static LinePlanResponse ToLine(LinePlan line) => new()
    {
        LineId = line.LineId,
        ItemCode = line.ItemCode,
        QtyRequired = WireDecimal.Normalize(line.QtyRequired),
        Shortage = WireDecimal.Normalize(line.Shortage),
        Status = WireNames.Of(line.Status),
        DeliveryDate = line.DeliveryDate,
        Reason = line.Reason is { } reason ? WireNames.Of(reason) : null,
        Fulfillment = Map(line.Fulfillment, ToFulfillment),
    };

    private static FulfillmentResponse ToFulfillment(Fulfillment allocation) => new()
    {
        Source = WireNames.Of(allocation.Source),
        Warehouse = allocation.Warehouse,
        Qty = WireDecimal.Normalize(allocation.Qty),
        PoId = allocation.PoId,
        ExpectedDate = allocation.ExpectedDate,
        Overdue = allocation.Overdue,
        AvailableDate = allocation.AvailableDate,
        ShipReadyDate = allocation.ShipReadyDate,
        DeliveryDate = allocation.DeliveryDate,
    };

    private static OptionResponse ToOption(PromiseOption option)
    {
        var (description, impact) = FactText.Render(option);
        return new OptionResponse
        {
            Type = WireNames.Of(option.Type),
            Description = description,
            Impact = impact,
            PoId = option.PoId,
        };
    }

    private static TOut[] Map<TIn, TOut>(IReadOnlyList<TIn> source, Func<TIn, TOut> map)
    {
        var mapped = new TOut[source.Count];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = map(source[i]);
        }

        return mapped;
    }
}
