using Promise.Core.Supply;

namespace Promise.Core.Tests.Records;

/// <summary>The free and outstanding quantities computed once per record follow every way a quantity can be set.</summary>
public sealed class SupplyRecordTests
{
    [Fact]
    public void BinRecord_RawFreeQty_FollowsConstructorAndWith()
    {
        var bin = new BinRecord("A", "W", 10m, 1m, 2m, 3m, 0.5m);

        Assert.Equal(3.5m, bin.RawFreeQty);
        Assert.Equal(13.5m, (bin with { ActualQty = 20m }).RawFreeQty);
        Assert.Equal(9.5m, (bin with { ReservedQty = 0m, ReservedQtyForProduction = 0m, ReservedQtyForSubContract = 0m }).RawFreeQty);
        Assert.Equal(4m, (bin with { ReservedQtyForProductionPlan = 0m }).RawFreeQty);
        Assert.Equal(-6.5m, (bin with { ActualQty = 0m }).RawFreeQty);
        Assert.Equal(3.5m, bin.RawFreeQty);
        Assert.Equal(bin, new BinRecord("A", "W", 10m, 1m, 2m, 3m, 0.5m));
        Assert.Equal(bin, bin with { ActualQty = 20m } with { ActualQty = 10m });
    }

    [Fact]
    public void PurchaseOrderLine_OutstandingStockQty_FollowsConstructorAndWith()
    {
        var line = new PurchaseOrderLine("PO", 1, "A", "W", 10m, 4m, 2.5m, new DateOnly(2026, 12, 23), null);

        Assert.Equal(15m, line.OutstandingStockQty);
        Assert.Equal(40m, (line with { Qty = 20m }).OutstandingStockQty);
        Assert.Equal(25m, (line with { ReceivedQty = 0m }).OutstandingStockQty);
        Assert.Equal(6m, (line with { ConversionFactor = 1m }).OutstandingStockQty);
        Assert.Equal(15m, line.OutstandingStockQty);
        Assert.Equal(line, line with { Qty = 20m } with { Qty = 10m });
    }
}
