using Promise.Core.Facts;
using Promise.Core.Requests;
using Promise.Core.Results;

namespace Promise.Core.Allocation;

/// <summary>Turns a computed order into its <see cref="PromiseResult"/> (promise-rules §6, api-contract desired dates).</summary>
internal static class ResultBuilder
{
    public static PromiseResult Build(OrderContext ctx, Scratch s, OrderSummary sum, DateTimeOffset? orderBy)
    {
        var request = ctx.Request;
        var snapshot = ctx.Snapshot;
        var complete = request.FillPolicy == FillPolicy.Complete;
        var raw = Day(sum.Raw);
        var plans = BuildPlans(ctx, s, complete ? raw : null, complete);
        FactRecorder.RecordOrderFacts(ctx, s);

        var status = OrderStatus.Ok;
        if (sum.AnyShort)
        {
            status = sum.SupplyShort && !snapshot.Sources.PurchaseOrders ? OrderStatus.CannotPromiseReliably : OrderStatus.CannotFulfill;
            if (status == OrderStatus.CannotPromiseReliably)
            {
                s.Blockers.Add(new PromiseFact(FactKind.PurchaseOrdersUnavailable));
            }
        }

        var ships = status == OrderStatus.Ok || !complete;
        var promise = status == OrderStatus.Ok ? raw : null;
        var adjusted = false;
        var desired = request.DesiredDate;
        if (desired is { } want && raw is { } got)
        {
            var mode = request.Rules.DesiredDateMode;
            if (mode == DesiredDateMode.NoEarlyDelivery && promise is not null && got < want)
            {
                promise = want;
                adjusted = true;
                s.Reasons.Add(new PromiseFact(FactKind.NoEarlyDeliveryAdjusted) { Date = got, OtherDate = want });
            }
            else if (mode == DesiredDateMode.StrictFail && got > want)
            {
                status = OrderStatus.CannotFulfill;
                promise = null;
                ships = false;
                s.Blockers.Add(new PromiseFact(FactKind.DesiredDateMissed) { Date = got, OtherDate = want });
            }
        }

        if (complete && raw is not null)
        {
            s.Reasons.Add(new PromiseFact(FactKind.CompleteShipment) { Date = raw });
        }

        OptionFinder.Find(ctx, s, sum, complete);
        var onTime = desired is null ? null : (promise ?? raw) is { } date ? date <= desired : (bool?)null;
        return new PromiseResult
        {
            OrderId = request.OrderId,
            Customer = request.Customer,
            SalesOrderId = request.SalesOrderId,
            Status = status,
            PromiseDate = promise,
            PromiseDateRaw = raw,
            FirstDeliveryDate = complete ? raw : Day(sum.First),
            DesiredDate = desired,
            DesiredDateMode = request.Rules.DesiredDateMode,
            OnTime = onTime,
            AdjustedDueToNoEarlyDelivery = adjusted,
            Confidence = sum.Confidence,
            OrderBy = orderBy,
            Plan = plans,
            Reasons = Copy(s.Reasons),
            Blockers = Copy(s.Blockers),
            Options = Copy(s.Options),
            DataAsOf = snapshot.DataAsOf,
            Degraded = snapshot.Degraded,
            Ships = ships,
        };
    }

    /// <summary>A day number as a date; negative means none.</summary>
    public static DateOnly? Day(int day) => day < 0 ? null : DateOnly.FromDayNumber(day);

    private static LinePlan[] BuildPlans(OrderContext ctx, Scratch s, DateOnly? orderDate, bool complete)
    {
        var lines = ctx.Request.Lines;
        var plans = new LinePlan[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            ref var o = ref s.Lines[i];
            if (o.NotApplicable)
            {
                plans[i] = new LinePlan(line.LineId, line.ItemCode, line.Qty, 0m, LineStatus.NotApplicable, null, null, []);
                s.Reasons.Add(new PromiseFact(FactKind.NotApplicable) { LineId = line.LineId, ItemCode = line.ItemCode });
                continue;
            }

            var fulfillment = o.Count == 0 ? [] : new Fulfillment[o.Count];
            var allStock = true;
            for (var k = 0; k < o.Count; k++)
            {
                ref var a = ref s.Allocs[o.First + k];
                allStock &= a.Source == SupplySource.Stock;
                fulfillment[k] = FactRecorder.RecordAllocation(ctx, s, line, ref a);
            }

            var status = o.Shortage == line.Qty ? LineStatus.Unavailable
                : o.Shortage > 0 ? LineStatus.Partial
                : allStock ? LineStatus.Available
                : LineStatus.Backorder;
            var delivery = o.Shortage > 0 ? null : complete ? orderDate : Day(o.Delivery);
            if (o.Shortage > 0)
            {
                var restricted = o.Restriction >= 0 ? ctx.View.Warehouses[o.Restriction].Name : line.Warehouse;
                var warehouse = o.Reason == ShortReason.InvalidWarehouse ? restricted : null;
                s.Blockers.Add(new PromiseFact(FactKind.Shortage, warehouse, qty: o.Shortage)
                {
                    LineId = line.LineId,
                    ItemCode = line.ItemCode,
                    Reason = o.Reason,
                    Date = o.Reason == ShortReason.EndOfLife ? ctx.Snapshot.FindItem(line.ItemCode)?.EndOfLife : null,
                });
            }

            plans[i] = new LinePlan(line.LineId, line.ItemCode, line.Qty, o.Shortage, status, delivery, o.Reason, fulfillment);
        }

        return plans;
    }

    private static T[] Copy<T>(List<T> list) => list.Count == 0 ? [] : [.. list];
}
