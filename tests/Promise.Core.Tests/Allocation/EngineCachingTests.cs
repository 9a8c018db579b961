using Promise.Core.Supply;
using Promise.Core.Tests.Support;
using static Promise.Core.Tests.Support.Scenario;

namespace Promise.Core.Tests.Allocation;

/// <summary>The engine's caches (warehouse views, calendars, per-thread buffers) never leak one snapshot or thread into another.</summary>
public sealed class EngineCachingTests
{
    private const string ChristmasEve = "2026-12-24T15:00:00Z";

    [Fact]
    public void Quote_NewSnapshotSharingRecordsButNewHolidayList_UsesTheNewList()
    {
        var s = WorkedExample();
        var engine = s.Engine();
        var before = engine.Quote(s.Snapshot(), Order(ChristmasEve, Line("SKU-1", 1m)));

        s.HolidayLists[0] = new HolidayList("AC 2026", []);
        var after = engine.Quote(s.Snapshot(), Order(ChristmasEve, Line("SKU-1", 1m)));

        Assert.Equal(D("2026-12-28"), before.Plan[0].Fulfillment[0].ShipReadyDate);
        Assert.Equal(D("2026-12-25"), after.Plan[0].Fulfillment[0].ShipReadyDate);
    }

    [Fact]
    public void Quote_NewSnapshotWithChangedWarehouseRecord_SeesTheChange()
    {
        var s = WorkedExample();
        var engine = s.Engine();
        Assert.Equal(Results.LineStatus.Backorder, LineStatus(engine, s));

        s.Warehouses[0] = s.Warehouses[0] with { Disabled = true };

        Assert.Equal(Results.LineStatus.Unavailable, LineStatus(engine, s));
    }

    [Fact]
    public void Quote_CompanyDefaultListChanges_SeesTheChange()
    {
        var s = WorkedExample();
        s.Rules = new Rules.ServiceRules();
        s.HolidayLists.Add(new HolidayList("Closed Monday 28", [new Holiday(D("2026-12-28"), false)]));
        var engine = s.Engine();
        s.CompanyLists["AC"] = "AC 2026";
        var first = engine.Quote(s.Snapshot(), Order(ChristmasEve, Line("SKU-1", 1m)));

        s.CompanyLists["AC"] = "Closed Monday 28";
        var second = engine.Quote(s.Snapshot(), Order(ChristmasEve, Line("SKU-1", 1m)));

        Assert.Equal(D("2026-12-28"), first.Plan[0].Fulfillment[0].ShipReadyDate);
        Assert.Equal(D("2026-12-25"), second.Plan[0].Fulfillment[0].ShipReadyDate);
    }

    [Fact]
    public void Quote_ConcurrentCallers_SameAnswersAsOneByOne()
    {
        var worlds = Enumerable.Range(1, 40).Select(seed => new RandomWorld(seed)).ToArray();
        var engines = worlds.Select(w => w.Scenario.Engine()).ToArray();
        var snapshots = worlds.Select(w => w.Scenario.Snapshot()).ToArray();
        var requests = worlds.Select(w => Enumerable.Range(0, 10).Select(_ => w.NextOrder()).ToArray()).ToArray();
        var expected = Enumerable.Range(0, worlds.Length)
            .SelectMany(i => requests[i].Select(r => ResultText.Describe(engines[i].Quote(snapshots[i], r))))
            .ToArray();

        var actual = new string[expected.Length];
        Parallel.For(0, expected.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k =>
        {
            var (i, j) = (k / 10, k % 10);
            actual[k] = ResultText.Describe(engines[i].Quote(snapshots[i], requests[i][j]));
        });

        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// Two engines with other rules (priorities reversed, a warehouse excluded) quote one snapshot in turn,
    /// twice each: each answers as on a snapshot of its own (the per-item supply entries kept on the snapshot
    /// belong to one engine's view at a time).
    /// </summary>
    [Fact]
    public void Quote_TwoEnginesTakingTurnsOnOneSnapshot_EachAsOnItsOwnSnapshot()
    {
        for (var seed = 1; seed <= 100; seed++)
        {
            var world = new RandomWorld(seed);
            var rules = world.Scenario.Rules;
            var other = rules with
            {
                Warehouses = [.. rules.Warehouses.Select(w => w with { Priority = 100 - w.Priority })],
                ExcludedWarehouses = [world.WarehouseNames[1]],
            };
            var engines = new[] { new Core.Allocation.PromiseEngine(rules), new Core.Allocation.PromiseEngine(other) };
            var shared = world.Scenario.Snapshot();
            for (var i = 0; i < 6; i++)
            {
                var request = world.NextOrder();
                foreach (var engine in engines)
                {
                    // Twice in a row: the second use keeps the entries on the snapshot for this engine's view.
                    var own = ResultText.Describe(engine.Quote(world.Scenario.Snapshot(), request));
                    Assert.True(own == ResultText.Describe(engine.Quote(shared, request)), $"seed {seed}, order {i}");
                    Assert.True(own == ResultText.Describe(engine.Quote(shared, request)), $"seed {seed}, order {i}, again");
                }
            }
        }
    }

    /// <summary>A snapshot's item keeps its supply entries from its second use on (a single quote allocates none).</summary>
    [Fact]
    public void Quote_ItemEntries_KeptFromTheSecondUse()
    {
        var s = WorkedExample();
        var engine = s.Engine();
        var snapshot = s.Snapshot();
        var request = Order(ChristmasEve, Line("SKU-1", 1m));

        var first = ResultText.Describe(engine.Quote(snapshot, request));
        var keptAfterFirst = snapshot.SupplyOf("SKU-1")!.Entries;
        var second = ResultText.Describe(engine.Quote(snapshot, request));

        Assert.Null(keptAfterFirst);
        Assert.NotNull(snapshot.SupplyOf("SKU-1")!.Entries);
        Assert.Equal(first, second);
        Assert.Equal(first, ResultText.Describe(engine.Quote(snapshot, request)));
    }

    /// <summary>Concurrent first quotes of fresh snapshots (the per-item entries are built by racing threads).</summary>
    [Fact]
    public void Quote_ConcurrentFirstQuotesOfFreshSnapshots_SameAnswersAsOneByOne()
    {
        var worlds = Enumerable.Range(1, 40).Select(seed => new RandomWorld(seed)).ToArray();
        var engines = worlds.Select(w => w.Scenario.Engine()).ToArray();
        var requests = worlds.Select(w => Enumerable.Range(0, 10).Select(_ => w.NextOrder(restrictions: false)).ToArray()).ToArray();
        var expected = Enumerable.Range(0, worlds.Length)
            .SelectMany(i => requests[i].Select(r => ResultText.Describe(engines[i].Quote(worlds[i].Scenario.Snapshot(), r))))
            .ToArray();

        var fresh = worlds.Select(w => w.Scenario.Snapshot()).ToArray();
        var actual = new string[expected.Length];
        Parallel.For(0, expected.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k =>
        {
            var (i, j) = (k / 10, k % 10);
            actual[k] = ResultText.Describe(engines[i].Quote(fresh[i], requests[i][j]));
        });

        Assert.Equal(expected, actual);
    }

    private static Results.LineStatus LineStatus(Core.Allocation.PromiseEngine engine, Scenario s) =>
        engine.Quote(s.Snapshot(), Order("2026-12-21T09:00:00Z", Line("SKU-1", 6m))).Plan[0].Status;
}
