using Promise.Core.Results;
using Promise.Core.Rules;
using Promise.Core.Tests.Support;
using static Promise.Core.Tests.Support.Scenario;

namespace Promise.Core.Tests.Allocation;

/// <summary>promise-rules §5 steps 1-4: warehouse priority, single-warehouse preference, PO order, consumption within an order.</summary>
public sealed class PriorityTests
{
    private const string Monday = "2026-12-21T09:00:00Z";

    private static Scenario ThreeWarehouses()
    {
        var s = new Scenario
        {
            Rules = new ServiceRules
            {
                Warehouses =
                [
                    new WarehouseRule("A - AC") { Priority = 10 },
                    new WarehouseRule("B - AC") { Priority = 20 },
                    new WarehouseRule("C - AC") { Priority = 20, ProcessingDays = 1 },
                ],
            },
        };
        s.Warehouse("A - AC").Warehouse("B - AC").Warehouse("C - AC").Item("SKU-1")
            .Stock("SKU-1", "A - AC", 3m).Stock("SKU-1", "B - AC", 10m).Stock("SKU-1", "C - AC", 20m);
        return s;
    }

    [Theory]
    [InlineData(2, "A - AC:2")] // lowest priority number
    [InlineData(3, "A - AC:3")]
    [InlineData(5, "B - AC:5")] // one warehouse covering the whole line beats splitting
    [InlineData(15, "C - AC:15")] // B and C tie on priority; only C covers it
    [InlineData(25, "A - AC:3|B - AC:10|C - AC:12")] // split: priority, then ship date (B before C)
    [InlineData(40, "A - AC:3|B - AC:10|C - AC:20")]
    public void Quote_Stock_PriorityAndSingleWarehousePreference(decimal qty, string expected)
    {
        var line = Assert.Single(ThreeWarehouses().Quote(Order(Monday, Line("SKU-1", qty))).Plan);

        Assert.Equal(expected, string.Join('|', line.Fulfillment.Select(f => $"{f.Warehouse}:{f.Qty}")));
        Assert.Equal(Math.Max(0m, qty - 33m), line.Shortage);
    }

    [Fact]
    public void Quote_EqualPriorityAndShipDate_NameDecides()
    {
        var s = ThreeWarehouses();
        s.Rules = new ServiceRules();

        Assert.Equal("B - AC", s.Quote(Order(Monday, Line("SKU-1", 8m))).Plan[0].Fulfillment[0].Warehouse);
        Assert.Equal("A - AC", s.Quote(Order(Monday, Line("SKU-1", 1m))).Plan[0].Fulfillment[0].Warehouse);
    }

    [Fact]
    public void Quote_PurchaseOrders_ByShipDateThenPriorityThenNameThenIdx()
    {
        var s = ThreeWarehouses();
        s.Bins.Clear();
        s.Po("PO-9", 1, "SKU-1", "C - AC", 1m, "2026-12-22"); // C processes a day longer: ships 12-24
        s.Po("PO-5", 2, "SKU-1", "B - AC", 1m, "2026-12-22");
        s.Po("PO-5", 1, "SKU-1", "B - AC", 1m, "2026-12-22");
        s.Po("PO-7", 1, "SKU-1", "A - AC", 1m, "2026-12-22");
        s.Po("PO-1", 1, "SKU-1", "B - AC", 1m, "2026-12-28");

        var line = Assert.Single(s.Quote(Order(Monday, Line("SKU-1", 5m))).Plan);

        Assert.Equal("PO-7/1 PO-5/1 PO-5/2 PO-9/1 PO-1/1", string.Join(' ', line.Fulfillment.Select(f => $"{f.PoId}/{f.PoIdx}")));
        Assert.Equal(LineStatus.Backorder, line.Status);
    }

    [Fact]
    public void Quote_TwoLinesSameItem_NeverPromiseAUnitTwice()
    {
        var result = ThreeWarehouses().Quote(Order(Monday, Line("SKU-1", 20m, id: "1"), Line("sku-1", 20m, id: "2")));

        Assert.Equal("C - AC:20", string.Join('|', result.Plan[0].Fulfillment.Select(f => $"{f.Warehouse}:{f.Qty}")));
        Assert.Equal("A - AC:3|B - AC:10", string.Join('|', result.Plan[1].Fulfillment.Select(f => $"{f.Warehouse}:{f.Qty}")));
        Assert.Equal((LineStatus.Partial, 7m), (result.Plan[1].Status, result.Plan[1].Shortage));
    }

    [Fact]
    public void Quote_StockThenPoThenLeadTime_InThatOrder()
    {
        var s = ThreeWarehouses();
        s.Items[0] = new Supply.ItemRecord("SKU-1", LeadTimeDays: 30);
        s.Po("PO-1", 1, "SKU-1", "B - AC", 5m, "2026-12-28");

        var line = Assert.Single(s.Quote(Order(Monday, Line("SKU-1", 40m))).Plan);

        Assert.Equal(
            [SupplySource.Stock, SupplySource.Stock, SupplySource.Stock, SupplySource.PurchaseOrder, SupplySource.LeadTime],
            line.Fulfillment.Select(f => f.Source));
        Assert.Equal((2m, "A - AC"), (line.Fulfillment[4].Qty, line.Fulfillment[4].Warehouse));
        Assert.Equal(line.Fulfillment.Max(f => f.DeliveryDate), line.DeliveryDate);
    }
}
