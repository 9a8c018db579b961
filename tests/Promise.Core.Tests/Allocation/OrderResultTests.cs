using Promise.Core.Facts;
using Promise.Core.Requests;
using Promise.Core.Results;
using Promise.Core.Supply;
using static Promise.Core.Tests.Support.Scenario;

namespace Promise.Core.Tests.Allocation;

/// <summary>promise-rules §6 and the api-contract: fill policies, desired-date modes, on_time, status, options.</summary>
public sealed class OrderResultTests
{
    private const string Monday = "2026-12-21T09:00:00Z";

    // SKU-1: 3 free in stock (delivers 12-24 when ordered Monday morning), 10 on PUR-ORD-0001 (delivers 12-29).
    private static PromiseRequest SixUnits(FillPolicy policy = FillPolicy.Partial) =>
        Order(Monday, Line("SKU-1", 2m, id: "1"), Line("SKU-1", 4m, id: "2")) with { FillPolicy = policy };

    [Fact]
    public void Quote_PartialPolicy_LinesKeepTheirOwnDates()
    {
        var result = WorkedExample().Quote(SixUnits());

        Assert.Equal((D("2026-12-24"), D("2026-12-29")), (result.Plan[0].DeliveryDate!.Value, result.Plan[1].DeliveryDate!.Value));
        Assert.Equal((D("2026-12-24"), D("2026-12-29")), (result.FirstDeliveryDate!.Value, result.PromiseDateRaw!.Value));
        Assert.Empty(result.Options);
    }

    [Fact]
    public void Quote_CompletePolicy_EveryDateIsTheOrderDateAndSplitIsOffered()
    {
        var result = WorkedExample().Quote(SixUnits(FillPolicy.Complete));

        Assert.All(result.Plan, line => Assert.Equal(D("2026-12-29"), line.DeliveryDate));
        Assert.Equal(D("2026-12-29"), result.FirstDeliveryDate);
        Assert.Equal(D("2026-12-24"), result.Plan[0].Fulfillment[0].DeliveryDate); // allocations unchanged
        Assert.True(result.Ships);
        var split = Assert.Single(result.Options);
        Assert.Equal((OptionType.SplitShipment, D("2026-12-24"), D("2026-12-29")), (split.Type, split.Date, split.CurrentDate));
        Assert.Contains(result.Reasons, r => r.Kind == FactKind.CompleteShipment && r.Date == D("2026-12-29"));
        Assert.Equal("first goods 5 days earlier than 2026-12-29", FactText.Render(split).Impact);
    }

    [Fact]
    public void Quote_CompletePolicyShort_NoDatesAndDoesNotShip()
    {
        var result = WorkedExample().Quote(Order(Monday, Line("SKU-1", 2m, id: "1"), Line("SKU-1", 40m, id: "2")) with { FillPolicy = FillPolicy.Complete });

        Assert.Equal(OrderStatus.CannotFulfill, result.Status);
        Assert.Null(result.Plan[0].DeliveryDate);
        Assert.Null(result.FirstDeliveryDate);
        Assert.Null(result.PromiseDateRaw);
        Assert.False(result.Ships);
        Assert.Contains(result.Options, o => o.Type == OptionType.SplitShipment && o.CurrentDate is null);
    }

    [Fact]
    public void Quote_PartialPolicyShort_ShipsWhatIsCovered()
    {
        var result = WorkedExample().Quote(Order(Monday, Line("SKU-1", 20m)));

        var line = Assert.Single(result.Plan);
        Assert.Equal((LineStatus.Partial, 7m, ShortReason.InsufficientSupply), (line.Status, line.Shortage, line.Reason!.Value));
        Assert.Null(line.DeliveryDate);
        Assert.Equal((OrderStatus.CannotFulfill, false, true), (result.Status, result.CanFulfill, result.Ships));
        Assert.Null(result.PromiseDate);
        Assert.Equal(D("2026-12-24"), result.FirstDeliveryDate);
        Assert.Equal(7m, Assert.Single(result.Blockers).Qty);
    }

    [Theory]
    [InlineData(DesiredDateMode.LatestAcceptable, "2026-12-30", OrderStatus.Ok, "2026-12-29", true, false)]
    [InlineData(DesiredDateMode.LatestAcceptable, "2026-12-28", OrderStatus.Ok, "2026-12-29", false, false)]
    [InlineData(DesiredDateMode.NoEarlyDelivery, "2027-01-02", OrderStatus.Ok, "2027-01-02", true, true)] // a Saturday: allowed
    [InlineData(DesiredDateMode.NoEarlyDelivery, "2026-12-29", OrderStatus.Ok, "2026-12-29", true, false)]
    [InlineData(DesiredDateMode.NoEarlyDelivery, "2026-12-28", OrderStatus.Ok, "2026-12-29", false, false)]
    [InlineData(DesiredDateMode.StrictFail, "2026-12-29", OrderStatus.Ok, "2026-12-29", true, false)]
    [InlineData(DesiredDateMode.StrictFail, "2026-12-28", OrderStatus.CannotFulfill, null, false, false)]
    [InlineData(DesiredDateMode.StrictFail, "2020-01-01", OrderStatus.CannotFulfill, null, false, false)] // past: accepted
    public void Quote_DesiredDateModes_AsContracted(
        DesiredDateMode mode, string desired, OrderStatus status, string? promise, bool onTime, bool adjusted)
    {
        var request = Order(Monday, Line("SKU-1", 6m)) with { DesiredDate = D(desired), Rules = new RequestRules { DesiredDateMode = mode } };

        var result = WorkedExample().Quote(request);

        Assert.Equal(status, result.Status);
        Assert.Equal(promise is null ? null : D(promise), result.PromiseDate);
        Assert.Equal(D("2026-12-29"), result.PromiseDateRaw);
        Assert.Equal((onTime, adjusted, mode), (result.OnTime!.Value, result.AdjustedDueToNoEarlyDelivery, result.DesiredDateMode));
        Assert.Equal(status == OrderStatus.Ok, result.Ships);
        Assert.Equal(status != OrderStatus.Ok, result.Blockers.Any(b => b.Kind == FactKind.DesiredDateMissed));
        Assert.Equal(adjusted, result.Reasons.Any(r => r.Kind == FactKind.NoEarlyDeliveryAdjusted));
    }

    [Fact]
    public void Quote_OnTime_NullWithoutDesiredDateOrWithoutAnyDate()
    {
        Assert.Null(WorkedExample().Quote(Order(Monday, Line("SKU-1", 6m))).OnTime);
        Assert.Null(WorkedExample().Quote(Order(Monday, Line("SKU-1", 60m)) with { DesiredDate = D("2026-12-30") }).OnTime);
    }

    [Fact]
    public void Quote_PurchaseOrdersUnreadableAndShort_CannotPromiseReliably()
    {
        var s = WorkedExample();
        s.Pos.Clear();
        s.Sources = new SourceAvailability(PurchaseOrders: false);

        var result = s.Quote(Order(Monday, Line("SKU-1", 6m)));

        Assert.Equal(OrderStatus.CannotPromiseReliably, result.Status);
        Assert.Contains(result.Blockers, b => b.Kind == FactKind.PurchaseOrdersUnavailable);
        Assert.Equal(OrderStatus.Ok, s.Quote(Order(Monday, Line("SKU-1", 3m))).Status);
        Assert.Equal(OrderStatus.CannotFulfill, s.Quote(Order(Monday, Line("NOPE", 3m))).Status);
    }

    [Fact]
    public void Quote_HolidayListUnreadable_WeeklyOffOnlyAndSaysSo()
    {
        var s = WorkedExample();
        s.HolidayLists.Clear();
        s.Sources = new SourceAvailability(HolidayLists: false);

        var result = s.Quote(Order("2026-12-24T15:00:00Z", Line("SKU-1", 1m)));

        Assert.Equal(D("2026-12-25"), result.Plan[0].Fulfillment[0].ShipReadyDate);
        var fact = Assert.Single(result.Reasons, r => r.Kind == FactKind.HolidayListUnavailable);
        Assert.Equal("AC 2026", fact.Name);
    }

    [Fact]
    public void Quote_RestrictedLine_AlternateWarehouseOffered()
    {
        var s = WorkedExample().Warehouse("Annex - AC");
        s.Po("PUR-ORD-0002", 1, "SKU-1", "Annex - AC", 5m, "2026-12-28");

        var sooner = s.Quote(Order(Monday, Line("SKU-1", 2m, "Annex - AC")));
        var atAll = s.Quote(Order(Monday, Line("SKU-1", 9m, "Annex - AC")));

        var option = Assert.Single(sooner.Options);
        Assert.Equal((OptionType.AlternateWarehouse, "Stores - AC", D("2026-12-24"), D("2027-01-01")), (option.Type, option.Warehouse, option.Date, option.CurrentDate));
        var covering = Assert.Single(atAll.Options);
        Assert.Equal(("Stores - AC", (DateOnly?)null), (covering.Warehouse, covering.CurrentDate));
        Assert.Empty(s.Quote(Order(Monday, Line("SKU-1", 2m, "Stores - AC"))).Options);
    }

    /// <summary>An alternate is tried only when its stock could deliver sooner: one day sooner is offered, the same day is not.</summary>
    [Theory]
    [InlineData(1, 0, "2026-12-24", "2026-12-25")]
    [InlineData(2, 0, "2026-12-24", "2026-12-28")]
    [InlineData(0, 0, null, null)]
    [InlineData(0, 1, null, null)]
    public void Quote_RestrictedLine_AlternateOfferedOnlyWhenSooner(int restrictedProcessing, int otherProcessing, string? date, string? current)
    {
        var s = new Support.Scenario
        {
            Rules = new Rules.ServiceRules
            {
                Warehouses =
                [
                    new Rules.WarehouseRule("A - AC") { Priority = 10, ProcessingDays = restrictedProcessing },
                    new Rules.WarehouseRule("B - AC") { Priority = 10, ProcessingDays = otherProcessing },
                ],
            },
        };
        s.Warehouse("A - AC").Warehouse("B - AC").Item("X").Stock("X", "A - AC", 5m).Stock("X", "B - AC", 5m);

        var result = s.Quote(Order("2026-12-21T09:30:00Z", Line("X", 2m, "A - AC")));

        if (date is null)
        {
            Assert.Empty(result.Options);
            return;
        }

        var option = Assert.Single(result.Options);
        Assert.Equal((OptionType.AlternateWarehouse, "B - AC", D(date), D(current!)), (option.Type, option.Warehouse, option.Date, option.CurrentDate));
    }

    [Fact]
    public void Quote_FarPoDecidesDate_ExpediteOffered()
    {
        var s = WorkedExample();
        s.Pos.Clear();
        s.Po("PUR-FAR", 1, "SKU-1", "Stores - AC", 10m, "2027-01-15");

        var result = s.Quote(Order(Monday, Line("SKU-1", 6m)));

        var option = Assert.Single(result.Options);
        Assert.Equal((OptionType.ExpeditePo, "PUR-FAR", 3m, "Stores - AC"), (option.Type, option.PoId, option.Qty!.Value, option.Warehouse));
        Assert.Equal(result.PromiseDateRaw, option.CurrentDate);
    }

    [Fact]
    public void Quote_Echoes_OrderFieldsAndSnapshotState()
    {
        var s = WorkedExample();
        var snapshot = new SupplySnapshot(s.Items, s.Warehouses, s.Bins, s.Pos, s.HolidayLists, null, null, At("2026-12-21T08:00:00Z"), degraded: true);
        var request = Order(Monday, Line("SKU-1", 1m)) with { OrderId = "SO-1", Customer = "C", SalesOrderId = "SAL-1" };

        var result = s.Engine().Quote(snapshot, request);

        Assert.Equal(("SO-1", "C", "SAL-1"), (result.OrderId, result.Customer, result.SalesOrderId));
        Assert.Equal((At("2026-12-21T08:00:00Z"), true), (result.DataAsOf, result.Degraded));
    }
}
