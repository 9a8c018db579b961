using Promise.Core.Facts;
using Promise.Core.Requests;
using Promise.Core.Results;
using Promise.Core.Rules;
using Promise.Core.Supply;
using Promise.Core.Tests.Support;
using static Promise.Core.Tests.Support.Scenario;

namespace Promise.Core.Tests.Allocation;

/// <summary>promise-rules §5 checks (unknown, disabled, end of life, non-stock) and warehouse restriction.</summary>
public sealed class LineCheckTests
{
    private const string Monday = "2026-12-21T09:00:00Z";

    private static Scenario Tree()
    {
        var s = new Scenario { Rules = new ServiceRules { ExcludedWarehouses = ["Excluded - AC"], Warehouses = [new WarehouseRule("Off - AC") { Fulfills = false }] } };
        s.Warehouse("All Warehouses - AC", isGroup: true)
            .Warehouse("Region - AC", "All Warehouses - AC", isGroup: true)
            .Warehouse("Stores - AC", "Region - AC")
            .Warehouse("Annex - AC", "Region - AC")
            .Warehouse("Remote - AC", "All Warehouses - AC")
            .Warehouse("Empty Group - AC", "All Warehouses - AC", isGroup: true)
            .Warehouse("Excluded - AC", "Empty Group - AC")
            .Warehouse("Off - AC")
            .Warehouse("Work In Progress - AC")
            .Warehouse("Other Co - XY", company: "XY");
        s.Warehouses.Add(new WarehouseRecord("Transit - AC", WarehouseType: "Transit", Company: "AC"));
        s.Warehouses.Add(new WarehouseRecord("Rejected - AC", IsRejectedWarehouse: true, Company: "AC"));
        s.Warehouses.Add(new WarehouseRecord("Disabled - AC", Disabled: true, Company: "AC"));
        s.Item("SKU-1").Stock("SKU-1", "Remote - AC", 10m).Stock("SKU-1", "Annex - AC", 10m).Stock("SKU-1", "Excluded - AC", 50m);
        return s;
    }

    [Theory]
    [InlineData("All Warehouses - AC", "Annex - AC")] // group: descendants at any depth (Annex sorts first)
    [InlineData("Region - AC", "Annex - AC")]
    [InlineData("region - ac", "Annex - AC")] // case-insensitive, echoes ERPNext's spelling
    [InlineData("Remote - AC", "Remote - AC")]
    [InlineData(null, "Annex - AC")]
    public void Quote_WarehouseRestriction_OnlyEligibleWarehouses(string? restriction, string expected)
    {
        var f = Assert.Single(Assert.Single(Tree().Quote(Order(Monday, Line("SKU-1", 10m, restriction))).Plan).Fulfillment);

        Assert.Equal(expected, f.Warehouse);
    }

    [Theory]
    [InlineData("Nowhere - AC")]
    [InlineData("Empty Group - AC")]
    [InlineData("Excluded - AC")]
    [InlineData("Off - AC")]
    [InlineData("Work In Progress - AC")]
    [InlineData("Transit - AC")]
    [InlineData("Rejected - AC")]
    [InlineData("Disabled - AC")]
    public void Quote_NamedWarehouseNotFulfilling_InvalidWarehouse(string warehouse)
    {
        var result = Tree().Quote(Order(Monday, Line("SKU-1", 2m, warehouse)));

        var line = Assert.Single(result.Plan);
        Assert.Equal((LineStatus.Unavailable, 2m, ShortReason.InvalidWarehouse), (line.Status, line.Shortage, line.Reason!.Value));
        Assert.Empty(line.Fulfillment);
        Assert.Equal(OrderStatus.CannotFulfill, result.Status);
        var blocker = Assert.Single(result.Blockers);
        Assert.Equal((FactKind.Shortage, ShortReason.InvalidWarehouse), (blocker.Kind, blocker.Reason!.Value));
        Assert.Equal(warehouse, blocker.Warehouse, ignoreCase: true);
    }

    [Fact]
    public void Quote_CompanyRule_OtherCompaniesNeverFulfil()
    {
        var s = Tree();
        s.Rules = s.Rules with { Company = "AC" };
        s.Stock("SKU-1", "Other Co - XY", 100m);

        var line = Assert.Single(s.Quote(Order(Monday, Line("SKU-1", 30m))).Plan);

        Assert.Equal(10m, line.Shortage);
        Assert.DoesNotContain(line.Fulfillment, f => f.Warehouse == "Other Co - XY");
        Assert.Equal(ShortReason.InvalidWarehouse, s.Quote(Order(Monday, Line("SKU-1", 1m, "Other Co - XY"))).Plan[0].Reason);
    }

    public static TheoryData<ItemRecord?, ShortReason> Blocked => new()
    {
        { null, ShortReason.UnknownItem },
        { new ItemRecord("SKU-1", Disabled: true), ShortReason.ItemDisabled },
        { new ItemRecord("SKU-1", EndOfLife: new DateOnly(2026, 12, 21)), ShortReason.EndOfLife },
        { new ItemRecord("SKU-1", EndOfLife: new DateOnly(2020, 1, 1)), ShortReason.EndOfLife },
        { new ItemRecord("SKU-1", Disabled: true, IsStockItem: false), ShortReason.ItemDisabled },
    };

    [Theory]
    [MemberData(nameof(Blocked))]
    public void Quote_BlockedItem_AllShortWithReason(ItemRecord? item, ShortReason reason)
    {
        var s = Tree();
        s.Items.Clear();
        if (item is not null)
        {
            s.Items.Add(item);
        }

        var result = s.Quote(Order(Monday, Line("SKU-1", 3m)));

        var line = Assert.Single(result.Plan);
        Assert.Equal((LineStatus.Unavailable, 3m, reason), (line.Status, line.Shortage, line.Reason!.Value));
        Assert.Null(result.PromiseDateRaw);
        Assert.Equal(Confidence.Low, result.Confidence);
        var blocker = Assert.Single(result.Blockers);
        Assert.Equal(reason == ShortReason.EndOfLife ? item!.EndOfLife : null, blocker.Date);
    }

    [Theory]
    [InlineData("2026-12-22", null, false)]
    [InlineData("2026-12-21", null, true)]
    [InlineData("2026-12-22", "Europe/Berlin", true)] // 23:30 UTC is already the 22nd in Berlin
    public void Quote_EndOfLife_ComparedWithTheOrderDate(string endOfLife, string? zone, bool blocked)
    {
        var s = Tree();
        s.Items[0] = new ItemRecord("SKU-1", EndOfLife: D(endOfLife));
        var rules = new RequestRules { TimeZone = zone is null ? null : TimeZoneInfo.FindSystemTimeZoneById(zone) };

        var line = s.Quote(Order("2026-12-21T23:30:00Z", Line("SKU-1", 1m)) with { Rules = rules }).Plan[0];

        Assert.Equal(blocked, line.Reason == ShortReason.EndOfLife);
    }

    [Fact]
    public void Quote_NonStockItem_NotApplicableAndOutsideTheOrder()
    {
        var s = Tree().Add(new ItemRecord("SERVICE", IsStockItem: false));

        var result = s.Quote(Order(Monday, Line("SERVICE", 1m, id: "a"), Line("SKU-1", 1m, id: "b")));

        var service = result.Plan[0];
        Assert.Equal(new LinePlan("a", "SERVICE", 1m, 0m, LineStatus.NotApplicable, null, null, service.Fulfillment), service);
        Assert.Empty(service.Fulfillment);
        Assert.Equal((OrderStatus.Ok, Confidence.High), (result.Status, result.Confidence));
        Assert.Equal(result.Plan[1].DeliveryDate, result.PromiseDateRaw);
        Assert.Contains(result.Reasons, r => r.Kind == FactKind.NotApplicable && r.LineId == "a");
    }

    [Fact]
    public void Quote_OnlyNonStockLines_OkWithoutDates()
    {
        var s = Tree().Add(new ItemRecord("SERVICE", IsStockItem: false));

        var result = s.Quote(Order(Monday, Line("SERVICE", 1m)) with { DesiredDate = D("2026-12-30") });

        Assert.Equal((OrderStatus.Ok, Confidence.High), (result.Status, result.Confidence));
        Assert.Null(result.PromiseDateRaw);
        Assert.Null(result.PromiseDate);
        Assert.Null(result.FirstDeliveryDate);
        Assert.Null(result.OnTime);
    }

    [Fact]
    public void Quote_ItemCodeCase_MatchesAndEchoesRequestSpelling()
    {
        var result = Tree().Quote(Order(Monday, Line("sku-1", 1m, "annex - ac")));

        var line = Assert.Single(result.Plan);
        Assert.Equal(("sku-1", "Annex - AC"), (line.ItemCode, line.Fulfillment[0].Warehouse));
        Assert.Equal("sku-1", result.Reasons.Single(r => r.Kind == FactKind.Allocated).ItemCode);
    }

    [Fact]
    public void Quote_ChecksInSpecOrder_EndOfLifeBeforeWarehouse()
    {
        var s = Tree();
        s.Items[0] = new ItemRecord("SKU-1", EndOfLife: D("2026-01-01"));

        Assert.Equal(ShortReason.EndOfLife, s.Quote(Order(Monday, Line("SKU-1", 1m, "Nowhere"))).Plan[0].Reason);

        s.Items[0] = new ItemRecord("SKU-1", IsStockItem: false);
        Assert.Equal(LineStatus.NotApplicable, s.Quote(Order(Monday, Line("SKU-1", 1m, "Nowhere"))).Plan[0].Status);
    }
}
