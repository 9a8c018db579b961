using Promise.Core.Facts;
using Promise.Core.Results;

namespace Promise.Core.Tests.Records;

/// <summary>The packed storage of the result records reads back every value it was given, through constructors, init and with.</summary>
public sealed class CompactRecordTests
{
    private static readonly DateOnly Day = new(2026, 12, 21);

    public static TheoryData<DateOnly?, int?, bool?> FulfillmentOptionals => new()
    {
        { null, null, null },
        { Day, 1, false },
        { DateOnly.MinValue, 0, true },
        { DateOnly.MaxValue, int.MinValue, null },
        { null, int.MaxValue, true },
        { Day.AddDays(-1), -1, false },
    };

    [Theory]
    [MemberData(nameof(FulfillmentOptionals))]
    public void Fulfillment_AnyOptionalValues_ReadBackAsGiven(DateOnly? date, int? idx, bool? overdue)
    {
        var f = new Fulfillment(SupplySource.PurchaseOrder, "W", 2.50m, date, date, Day, "PO-1", idx, date, overdue);

        Assert.Equal((date, date, Day, idx, date, overdue), (f.AvailableDate, f.ShipReadyDate, f.DeliveryDate, f.PoIdx, f.ExpectedDate, f.Overdue));
        Assert.Equal(2.50m, f.Qty);
        Assert.Equal(f, new Fulfillment(SupplySource.PurchaseOrder, "W", 2.50m, date, date, Day, "PO-1", idx, date, overdue));
    }

    [Fact]
    public void Fulfillment_With_ChangesOnlyTheNamedField()
    {
        var f = new Fulfillment(SupplySource.PurchaseOrder, "W", 1m, Day, Day, Day, "PO-1", 3, Day, true);

        var g = f with { ExpectedDate = null, PoIdx = null };
        var h = g with { Overdue = false, PoIdx = 0, AvailableDate = DateOnly.MaxValue };

        Assert.Equal((null, null, true, (DateOnly?)Day), (g.ExpectedDate, g.PoIdx, g.Overdue, g.AvailableDate));
        Assert.Equal((null, 0, false, (DateOnly?)DateOnly.MaxValue), (h.ExpectedDate, h.PoIdx, h.Overdue, h.AvailableDate));
        Assert.Equal((3, true), (f.PoIdx, f.Overdue));
        Assert.NotEqual(g, g with { PoIdx = 0 });
        Assert.Equal(f, g with { ExpectedDate = Day, PoIdx = 3 });
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("2026-12-21", null)]
    [InlineData(null, ShortReason.UnknownItem)]
    [InlineData("9999-12-31", ShortReason.BeyondHorizon)]
    public void LinePlan_DateAndReason_ReadBackAsGiven(string? date, ShortReason? reason)
    {
        var day = date is null ? (DateOnly?)null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var plan = new LinePlan("1", "A", 3m, 1m, LineStatus.Partial, day, reason, []);

        Assert.Equal((day, reason), (plan.DeliveryDate, plan.Reason));
        Assert.Equal((day, (ShortReason?)ShortReason.EndOfLife), ((plan with { Reason = ShortReason.EndOfLife }).DeliveryDate, (plan with { Reason = ShortReason.EndOfLife }).Reason));
        Assert.Equal(((DateOnly?)Day, reason), ((plan with { DeliveryDate = Day }).DeliveryDate, (plan with { DeliveryDate = Day }).Reason));
    }

    [Fact]
    public void LinePlan_UndefinedReasonBeyondItsRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LinePlan("1", "A", 1m, 1m, LineStatus.Unavailable, null, (ShortReason)1000, []));

    [Fact]
    public void PromiseFact_Allocated_ReadsQuantityWarehouseAndPoThroughItsAllocation()
    {
        var allocation = new Fulfillment(SupplySource.PurchaseOrder, "W", 4m, Day, Day, Day, "PO-7", 1, Day, false);

        var fact = new PromiseFact(FactKind.Allocated) { LineId = "1", ItemCode = "A", Allocation = allocation };
        var overridden = fact with { Qty = 1m, Warehouse = "V" };

        Assert.Equal((4m, "W", "PO-7"), (fact.Qty!.Value, fact.Warehouse, fact.PoId));
        Assert.Equal((1m, "V", "PO-7"), (overridden.Qty!.Value, overridden.Warehouse, overridden.PoId));
        Assert.Equal("4 x A from PO-7 (expected 2026-12-21) at W, ships 2026-12-21", FactText.Render(fact));
    }

    [Fact]
    public void PromiseFact_EveryField_ReadsBackAndCopiesStayIndependent()
    {
        var fact = new PromiseFact(FactKind.Shortage)
        {
            LineId = "1", ItemCode = "A", Qty = 2.5m, Warehouse = "W", PoId = "PO", Date = Day, OtherDate = DateOnly.MinValue,
            Time = new TimeOnly(23, 59, 59), Name = "N", Reason = ShortReason.InvalidWarehouse,
        };

        var copy = fact with { Time = null, Name = "M", Date = null };

        Assert.Equal(("1", "A", 2.5m, "W", "PO"), (fact.LineId, fact.ItemCode, fact.Qty!.Value, fact.Warehouse, fact.PoId));
        Assert.Equal(((DateOnly?)Day, (DateOnly?)DateOnly.MinValue, (TimeOnly?)new TimeOnly(23, 59, 59), "N", (ShortReason?)ShortReason.InvalidWarehouse),
            (fact.Date, fact.OtherDate, fact.Time, fact.Name, fact.Reason));
        Assert.Equal((null, "M", null, "W", 2.5m), (copy.Time, copy.Name, copy.Date, copy.Warehouse, copy.Qty!.Value));
        Assert.Equal(fact, copy with { Time = new TimeOnly(23, 59, 59), Name = "N", Date = Day });
        Assert.Equal(new PromiseFact(FactKind.NotApplicable), new PromiseFact(FactKind.NotApplicable) { Warehouse = null, Qty = null, Reason = null });
        Assert.Null(new PromiseFact(FactKind.NotApplicable).Reason);
    }
}
