using Promise.Core.Requests;
using Promise.Core.Results;
using Promise.Core.Supply;
using Promise.Core.Tests.Support;
using static Promise.Core.Tests.Support.Scenario;

namespace Promise.Core.Tests.Allocation;

/// <summary>promise-rules §5 quotes hold nothing; §7 shared sessions consume in input order.</summary>
public sealed class SessionTests
{
    private const string Monday = "2026-12-21T09:00:00Z";

    [Fact]
    public void Quote_HoldsNothing()
    {
        var s = WorkedExample();
        var engine = s.Engine();
        var snapshot = s.Snapshot();

        var first = engine.Quote(snapshot, Order(Monday, Line("SKU-1", 3m)));
        var second = engine.Quote(snapshot, Order(Monday, Line("SKU-1", 3m)));

        Assert.Equal(SupplySource.Stock, first.Plan[0].Fulfillment[0].Source);
        Assert.Equal(SupplySource.Stock, second.Plan[0].Fulfillment[0].Source);
    }

    [Fact]
    public void Session_SecondOrder_SeesWhatTheFirstConsumed()
    {
        var s = WorkedExample();
        var session = s.Engine().StartSession();
        var snapshot = s.Snapshot();

        var first = session.Promise(snapshot, Order(Monday, Line("SKU-1", 5m)));
        var second = session.Promise(snapshot, Order(Monday, Line("SKU-1", 10m)));

        Assert.Equal("stock:3 po:2", Sources(first));
        Assert.Equal("po:8", Sources(second));
        Assert.Equal(2m, second.Plan[0].Shortage);
    }

    [Fact]
    public void Session_OrdersThatDoNotShip_ConsumeNothing()
    {
        var s = WorkedExample();
        var session = s.Engine().StartSession();
        var snapshot = s.Snapshot();
        var strict = Order(Monday, Line("SKU-1", 5m)) with
        {
            DesiredDate = D("2026-12-22"),
            Rules = new RequestRules { DesiredDateMode = DesiredDateMode.StrictFail },
        };
        var completeShort = Order(Monday, Line("SKU-1", 2m, id: "1"), Line("SKU-1", 50m, id: "2")) with { FillPolicy = FillPolicy.Complete };

        Assert.False(session.Promise(snapshot, strict).Ships);
        Assert.False(session.Promise(snapshot, completeShort).Ships);
        Assert.Throws<ArgumentException>(() => session.Promise(snapshot, Order(Monday, Line("SKU-1", -1m))));

        Assert.Equal("stock:3 po:10", Sources(session.Promise(snapshot, Order(Monday, Line("SKU-1", 13m)))));
    }

    [Fact]
    public void Session_PartialShortOrder_ConsumesWhatItCovers()
    {
        var s = WorkedExample();
        var session = s.Engine().StartSession();
        var snapshot = s.Snapshot();

        Assert.True(session.Promise(snapshot, Order(Monday, Line("SKU-1", 20m))).Ships);
        Assert.Equal(LineStatus.Unavailable, session.Promise(snapshot, Order(Monday, Line("SKU-1", 1m))).Plan[0].Status);
    }

    [Fact]
    public void Session_SnapshotsOfOtherWindows_ShareTheLedgerCaseInsensitively()
    {
        var s = WorkedExample();
        var session = s.Engine().StartSession();
        var other = new Scenario();
        other.Warehouses.AddRange(s.Warehouses);
        other.Item("SKU-2").Stock("SKU-2", "Stores - AC", 4m);
        other.Items.Add(new ItemRecord("sku-1"));
        other.Bins.Add(new BinRecord("sku-1", "STORES - AC", 5m, 2m));
        other.Po("pur-ord-0001", 1, "sku-1", "stores - ac", 10m, "2026-12-23");
        other.HolidayLists.AddRange(s.HolidayLists);
        other.Rules = s.Rules;

        session.Promise(s.Snapshot(), Order(Monday, Line("SKU-1", 6m)));
        var later = session.Promise(other.Snapshot(), Order(Monday, Line("SKU-1", 8m, id: "1"), Line("SKU-2", 1m, id: "2")));

        Assert.Equal("po:7 stock:1", Sources(later));
        Assert.Equal(1m, later.Plan[0].Shortage);
        Assert.Equal(LineStatus.Available, later.Plan[1].Status);
    }

    [Fact]
    public void Session_OrderByProbes_SeeSupplyBeforeTheOrder()
    {
        var s = WorkedExample();
        var session = s.Engine().StartSession();

        var result = session.Promise(s.Snapshot(), Order(Monday, Line("SKU-1", 3m)));

        Assert.Equal(At("2026-12-21T14:00:00Z"), result.OrderBy);
    }

    private static string Sources(PromiseResult result) => string.Join(' ', result.Plan.SelectMany(p => p.Fulfillment).Select(f =>
        $"{(f.Source == SupplySource.Stock ? "stock" : "po")}:{f.Qty}"));
}
