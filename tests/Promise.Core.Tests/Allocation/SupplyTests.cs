using Promise.Core.Facts;
using Promise.Core.Results;
using Promise.Core.Supply;
using Promise.Core.Tests.Support;
using static Promise.Core.Tests.Support.Scenario;

namespace Promise.Core.Tests.Allocation;

/// <summary>promise-rules §3 free supply and deficit netting, §4 PO, lead-time and drop-ship dates.</summary>
public sealed class SupplyTests
{
    private const string Monday = "2026-12-21T09:00:00Z";

    private static Scenario Empty()
    {
        var s = WorkedExample();
        s.Bins.Clear();
        s.Pos.Clear();
        return s;
    }

    [Theory]
    [InlineData(10, 2, 1, 1, 1, 5)]
    [InlineData(10, 0, 0, 0, 0, 10)]
    [InlineData(3, 3, 0, 0, 0, 0)]
    [InlineData(2.5, 0.25, 0, 0, 0.125, 2.125)]
    public void Quote_FreeStock_ActualMinusEveryReservation(
        decimal actual, decimal reserved, decimal production, decimal subContract, decimal plan, decimal expectedFree)
    {
        var s = Empty();
        s.Bins.Add(new BinRecord("SKU-1", "Stores - AC", actual, reserved, production, subContract, plan));

        var line = Assert.Single(s.Quote(Order(Monday, Line("SKU-1", 100m))).Plan);

        Assert.Equal(expectedFree, line.Fulfillment.Where(f => f.Source == SupplySource.Stock).Sum(f => f.Qty));
        Assert.Equal(100m - expectedFree, line.Shortage);
    }

    [Fact]
    public void Quote_NegativeFree_NetsAgainstOwnPosByArrivalThenNameThenIdx()
    {
        var s = Empty();
        s.Bins.Add(new BinRecord("SKU-1", "Stores - AC", 1m, 6m)); // deficit 5
        s.Po("PUR-B", 1, "SKU-1", "Stores - AC", 3m, "2026-12-23");
        s.Po("PUR-A", 2, "SKU-1", "Stores - AC", 1m, "2026-12-23");
        s.Po("PUR-A", 1, "SKU-1", "Stores - AC", 1m, "2026-12-23");
        s.Po("PUR-0", 1, "SKU-1", "Stores - AC", 4m, "2026-12-28");

        var result = s.Quote(Order(Monday, Line("SKU-1", 10m)));

        // The deficit takes PUR-A/1, PUR-A/2 and all of PUR-B; PUR-0 (later) keeps 4 of 4.
        var line = Assert.Single(result.Plan);
        var f = Assert.Single(line.Fulfillment);
        Assert.Equal(("PUR-0", 4m), (f.PoId, f.Qty));
        Assert.Equal(6m, line.Shortage);
        var netted = Assert.Single(result.Reasons, r => r.Kind == FactKind.DeficitNetted);
        Assert.Equal((5m, "Stores - AC", "SKU-1"), (netted.Qty!.Value, netted.Warehouse, netted.ItemCode));
    }

    [Fact]
    public void Quote_DeficitInOtherWarehouse_DoesNotTouchThisWarehousesPos()
    {
        var s = Empty().Warehouse("Annex - AC");
        s.Bins.Add(new BinRecord("SKU-1", "Annex - AC", 0m, 4m));
        s.Po("PUR-1", 1, "SKU-1", "Stores - AC", 3m, "2026-12-23");

        var f = Assert.Single(Assert.Single(s.Quote(Order(Monday, Line("SKU-1", 3m))).Plan).Fulfillment);

        Assert.Equal(("PUR-1", 3m), (f.PoId, f.Qty));
    }

    [Theory]
    [InlineData(2, 0.5, 12, 18)]
    [InlineData(1.5, 0, 3, 4.5)]
    [InlineData(10, 10, 1, 0)]
    [InlineData(10, 12, 1, 0)] // over-received lines offer nothing
    public void Quote_PoOutstanding_InStockUom(decimal qty, decimal received, decimal conversion, decimal expected)
    {
        var s = Empty();
        s.Po("PUR-1", 1, "SKU-1", "Stores - AC", qty, "2026-12-23", received: received, conversion: conversion);

        var line = Assert.Single(s.Quote(Order(Monday, Line("SKU-1", 50m))).Plan);

        Assert.Equal(expected, line.Fulfillment.Sum(f => f.Qty));
        Assert.Equal(50m - expected, line.Shortage);
    }

    [Fact]
    public void Quote_OverduePo_PlannedFromEarliestPick()
    {
        var s = Empty();
        s.Po("PUR-1", 1, "SKU-1", "Stores - AC", 5m, "2026-12-10");

        var result = s.Quote(Order(Monday, Line("SKU-1", 5m)));

        var f = Assert.Single(Assert.Single(result.Plan).Fulfillment);
        Assert.Equal(new Fulfillment(SupplySource.PurchaseOrder, "Stores - AC", 5m, D("2026-12-22"), D("2026-12-22"), D("2026-12-25"), "PUR-1", 1, D("2026-12-10"), true), f);
        var overdue = Assert.Single(result.Reasons, r => r.Kind == FactKind.OverduePurchaseOrder);
        Assert.Equal((D("2026-12-10"), D("2026-12-21")), (overdue.Date!.Value, overdue.OtherDate!.Value));
        Assert.Equal(Confidence.Low, result.Confidence);
        var expedite = Assert.Single(result.Options);
        Assert.Equal((OptionType.ExpeditePo, "PUR-1", D("2026-12-25")), (expedite.Type, expedite.PoId, expedite.CurrentDate));
    }

    [Fact]
    public void Quote_ExpectedDeliveryDate_PreferredOverSchedule()
    {
        var s = Empty();
        s.Po("PUR-1", 1, "SKU-1", "Stores - AC", 5m, "2026-12-10", expected: "2026-12-23");

        var f = Assert.Single(Assert.Single(s.Quote(Order(Monday, Line("SKU-1", 5m))).Plan).Fulfillment);

        Assert.Equal((D("2026-12-23"), false, D("2026-12-24")), (f.ExpectedDate!.Value, f.Overdue!.Value, f.AvailableDate!.Value));
    }

    [Theory]
    [InlineData(0, "2026-12-23", "2026-12-23", "2026-12-28")] // receiving 0: ready on arrival
    [InlineData(2, "2026-12-23", "2026-12-28", "2026-12-31")] // Thu 24, (Fri 25 holiday), Mon 28
    [InlineData(1, "2026-12-24", "2026-12-28", "2026-12-31")]
    public void Quote_ReceivingDays_AfterArrival(int receiving, string arrival, string available, string delivery)
    {
        var s = Empty();
        s.Rules = s.Rules with { Warehouses = [new Rules.WarehouseRule("Stores - AC") { ReceivingDays = receiving }] };
        s.Po("PUR-1", 1, "SKU-1", "Stores - AC", 5m, arrival);

        var f = Assert.Single(Assert.Single(s.Quote(Order(Monday, Line("SKU-1", 5m))).Plan).Fulfillment);

        Assert.Equal((D(available), D(delivery)), (f.AvailableDate!.Value, f.DeliveryDate));
    }

    [Fact]
    public void Quote_LeadTime_ArrivesAfterLeadTimeDaysAndIsUnlimited()
    {
        var s = Empty();
        s.Items[0] = new ItemRecord("SKU-1", LeadTimeDays: 10);

        var result = s.Quote(Order(Monday, Line("SKU-1", 1000m)));

        // 12-21 + 10 = Thu 12-31; one receiving day: Fri 2027-01-01; carrier: Jan 4, 5, 6.
        var f = Assert.Single(Assert.Single(result.Plan).Fulfillment);
        Assert.Equal(new Fulfillment(SupplySource.LeadTime, "Stores - AC", 1000m, D("2027-01-01"), D("2027-01-01"), D("2027-01-06")), f);
        Assert.Equal(LineStatus.Backorder, result.Plan[0].Status);
        Assert.Equal(Confidence.Low, result.Confidence);
    }

    [Fact]
    public void Quote_LeadTime_MostPreferredWarehouseThenShipDate()
    {
        var s = Empty().Warehouse("Annex - AC").Warehouse("Backup - AC");
        s.Items[0] = new ItemRecord("SKU-1", LeadTimeDays: 2);
        s.Rules = s.Rules with
        {
            Warehouses =
            [
                new Rules.WarehouseRule("Stores - AC") { Priority = 10, ProcessingDays = 2 },
                new Rules.WarehouseRule("Annex - AC") { Priority = 10 },
                new Rules.WarehouseRule("Backup - AC") { Priority = 5, Fulfills = false },
            ],
        };

        var f = Assert.Single(Assert.Single(s.Quote(Order(Monday, Line("SKU-1", 1m))).Plan).Fulfillment);

        Assert.Equal("Annex - AC", f.Warehouse);
    }

    [Fact]
    public void Quote_DropShip_OneSupplierAllocation()
    {
        var s = Empty();
        s.Items[0] = new ItemRecord("SKU-1", LeadTimeDays: 5, DeliveredBySupplier: true);
        s.Bins.Add(new BinRecord("SKU-1", "Stores - AC", 100m, 0m));

        var result = s.Quote(Order(Monday, Line("SKU-1", 4m, "Stores - AC")));

        // 12-21 + 5 = Sat 12-26: the carrier's first working day is Mon 12-28; no stock is used.
        var line = Assert.Single(result.Plan);
        Assert.Equal(new Fulfillment(SupplySource.Supplier, null, 4m, null, null, D("2026-12-28")), Assert.Single(line.Fulfillment));
        Assert.Equal((LineStatus.Backorder, D("2026-12-28")), (line.Status, line.DeliveryDate));
        Assert.Equal(Confidence.Low, result.Confidence);
        Assert.Null(result.OrderBy);
    }
}
