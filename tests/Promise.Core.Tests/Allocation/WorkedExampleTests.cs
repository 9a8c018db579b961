using Promise.Core.Facts;
using Promise.Core.Requests;
using Promise.Core.Results;
using static Promise.Core.Tests.Support.Scenario;

namespace Promise.Core.Tests.Allocation;

/// <summary>promise-rules §8, field by field, and the api-contract example response.</summary>
public sealed class WorkedExampleTests
{
    [Fact]
    public void Quote_WorkedExample_MatchesEveryField()
    {
        var request = Order("2026-12-21T15:00:00Z", Line("SKU-1", 6m)) with
        {
            OrderId = "SAL-ORD-2026-00042",
            Customer = "Acme Retail",
            DesiredDate = D("2026-12-30"),
        };

        var result = WorkedExample().Quote(request);

        Assert.Equal("SAL-ORD-2026-00042", result.OrderId);
        Assert.Equal("Acme Retail", result.Customer);
        Assert.Equal(OrderStatus.Ok, result.Status);
        Assert.True(result.CanFulfill);
        Assert.Equal(D("2026-12-29"), result.PromiseDate);
        Assert.Equal(D("2026-12-29"), result.PromiseDateRaw);
        Assert.Equal(D("2026-12-25"), result.FirstDeliveryDate);
        Assert.Equal(D("2026-12-30"), result.DesiredDate);
        Assert.Equal(DesiredDateMode.LatestAcceptable, result.DesiredDateMode);
        Assert.True(result.OnTime);
        Assert.False(result.AdjustedDueToNoEarlyDelivery);
        Assert.Equal(Confidence.Medium, result.Confidence);
        Assert.Null(result.OrderBy);
        Assert.True(result.Ships);
        Assert.Equal(At("2026-12-21T14:59:58Z"), result.DataAsOf);
        Assert.False(result.Degraded);
        Assert.Empty(result.Blockers);
        Assert.Empty(result.Options);

        var plan = Assert.Single(result.Plan);
        Assert.Equal(new LinePlan("1", "SKU-1", 6m, 0m, LineStatus.Backorder, D("2026-12-29"), null, plan.Fulfillment), plan);
        Assert.Equal(
            [
                new Fulfillment(SupplySource.Stock, "Stores - AC", 3m, D("2026-12-22"), D("2026-12-22"), D("2026-12-25")),
                new Fulfillment(SupplySource.PurchaseOrder, "Stores - AC", 3m, D("2026-12-24"), D("2026-12-24"), D("2026-12-29"), "PUR-ORD-0001", 1, D("2026-12-23"), false),
            ],
            plan.Fulfillment);

        // As in the contract's example: the stock allocation first, each allocation followed by the rules that moved it.
        var kinds = result.Reasons.Select(r => r.Kind).ToArray();
        Assert.Equal([FactKind.Allocated, FactKind.CutoffPassed, FactKind.Allocated], kinds);
        Assert.Equal("3 x SKU-1 from stock at Stores - AC, ships 2026-12-22", FactText.Render(result.Reasons[0]));
        Assert.Equal("Ordered at or after the 14:00 cutoff of Stores - AC: picking starts 2026-12-22", FactText.Render(result.Reasons[1]));
        Assert.Equal(
            "3 x SKU-1 from PUR-ORD-0001 (expected 2026-12-23) at Stores - AC, ships 2026-12-24",
            FactText.Render(result.Reasons[2]));
    }

    [Fact]
    public void Quote_WorkedExampleBeforeCutoff_OrderByIsTodaysCutoff()
    {
        // Before the cutoff 3 units ship from stock on Mon 12-21 and deliver Thu 12-24; after 14:00 they
        // would ship Tue and deliver Fri 12-25, so the stock warehouse's cutoff is the order-by instant.
        var result = WorkedExample().Quote(Order("2026-12-21T09:00:00Z", Line("SKU-1", 3m)));

        Assert.Equal(D("2026-12-24"), result.PromiseDateRaw);
        Assert.Equal(At("2026-12-21T14:00:00Z"), result.OrderBy);
        Assert.Equal(Confidence.High, result.Confidence);
    }
}
