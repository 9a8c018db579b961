using Promise.Core.Allocation;
using Promise.Core.Requests;
using Promise.Core.Tests.Support;
using Xunit.Sdk;

namespace Promise.Core.Tests.Allocation;

/// <summary>
/// The selective order_by probes (ProbeEvaluator re-runs only the lines an instant can change) give exactly
/// the results of re-running every line at every probe, on seeded random worlds, DST change days included.
/// </summary>
public sealed class OrderByProbeTests
{
    /// <summary>Zones with DST changes at 02:00/03:00 (Europe, US) and at midnight, where the local date steps back (Santiago, Beirut).</summary>
    private static readonly string[] DstZones = ["UTC", "Europe/Berlin", "America/New_York", "America/Santiago", "Asia/Beirut"];

    /// <summary>Order instants a day before DST changes of these zones in 2026 (the probes' 24 hours cross them).</summary>
    private static readonly DateTimeOffset[] DstEves =
    [
        new(2026, 3, 7, 12, 0, 0, TimeSpan.Zero),   // New York springs forward 03-08
        new(2026, 3, 28, 6, 0, 0, TimeSpan.Zero),   // Berlin 03-29; Beirut 03-29 at midnight
        new(2026, 4, 4, 4, 0, 0, TimeSpan.Zero),    // Santiago falls back at midnight 04-05
        new(2026, 9, 5, 10, 0, 0, TimeSpan.Zero),   // Santiago springs forward at midnight 09-06
        new(2026, 10, 24, 8, 0, 0, TimeSpan.Zero),  // Berlin 10-25; Beirut falls back at midnight 10-25
        new(2026, 10, 31, 16, 0, 0, TimeSpan.Zero), // New York falls back 11-01
    ];

    [Fact]
    public void Quote_RandomOrders_SameAsExhaustiveProbes() => ForSeeds(1500, seed =>
    {
        var world = new RandomWorld(seed);
        Compare(world, i => world.NextOrder(), quotes: 4);
    });

    [Fact]
    public void Quote_RandomOrdersAroundDstChanges_SameAsExhaustiveProbes() => ForSeeds(1500, seed =>
    {
        var world = new RandomWorld(seed, DstZones);
        var random = new Random(seed);
        Compare(world, i => world.NextOrder() with
        {
            OrderInstant = DstEves[(seed + i) % DstEves.Length].AddMinutes(random.Next(-12 * 60, 12 * 60) / 15 * 15),
        }, quotes: 4);
    });

    [Fact]
    public void Session_RandomBatches_SameAsExhaustiveProbes() => ForSeeds(300, seed =>
    {
        var world = new RandomWorld(seed, seed % 2 == 0 ? DstZones : null);
        var snapshot = world.Scenario.Snapshot();
        var selective = world.Scenario.Engine().StartSession();
        var exhaustive = new PromiseEngine(world.Scenario.Rules, exhaustiveOrderBy: true).StartSession();
        var random = new Random(seed);
        for (var i = 0; i < 12; i++)
        {
            var request = world.NextOrder();
            if (seed % 2 == 0)
            {
                request = request with { OrderInstant = DstEves[random.Next(DstEves.Length)].AddMinutes(random.Next(0, 24 * 60)) };
            }

            Assert.Equal(ResultText.Describe(exhaustive.Promise(snapshot, request)), ResultText.Describe(selective.Promise(snapshot, request)));
        }
    });

    [Fact]
    public void Quote_RandomOrdersAtTheHorizon_SameAsExhaustiveProbes() => ForSeeds(1500, seed =>
    {
        var world = new RandomWorld(seed, nearHorizon: true);
        Compare(world, i => world.NextOrder(), quotes: 4);
    });

    [Fact]
    public void Session_RandomBatchesAtTheHorizon_SameAsExhaustiveProbes() => ForSeeds(300, seed =>
    {
        var world = new RandomWorld(seed, seed % 2 == 0 ? DstZones : null, nearHorizon: true);
        var snapshot = world.Scenario.Snapshot();
        var selective = world.Scenario.Engine().StartSession();
        var exhaustive = new PromiseEngine(world.Scenario.Rules, exhaustiveOrderBy: true).StartSession();
        for (var i = 0; i < 12; i++)
        {
            var request = world.NextOrder();
            Assert.Equal(ResultText.Describe(exhaustive.Promise(snapshot, request)), ResultText.Describe(selective.Promise(snapshot, request)));
        }
    });

    /// <summary>
    /// At UTC midnight the order date reaches an item's end of life: the order is later there (short), and
    /// midnight is not a cutoff, so there is no order_by. Replaying the lines with their unchanged warehouse
    /// dates (or skipping the non-stock line) would miss this and report A's next cutoff.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Quote_EndOfLifeReachedAtMidnight_NoOrderBy(bool stockItem)
    {
        var s = new Scenario { Rules = new Rules.ServiceRules { Warehouses = [new Rules.WarehouseRule("A - AC") { Priority = 10 }] } };
        s.Warehouse("A - AC").Item("X").Stock("X", "A - AC", 5m);
        s.Add(new Supply.ItemRecord("E", IsStockItem: stockItem, EndOfLife: Scenario.D("2026-12-22"))).Stock("E", "A - AC", 5m);
        var request = Scenario.Order("2026-12-21T20:00:00Z", Scenario.Line("X", 1m), Scenario.Line("E", 1m, id: "2"));

        var result = s.Quote(request);

        Assert.True(result.CanFulfill);
        Assert.Null(result.OrderBy);
        AssertSameAsExhaustive(s, request, result);
    }

    /// <summary>
    /// A (priority 10) is closed until the day after the order's horizon, so the order takes B. At UTC
    /// midnight the horizon moves a day and reaches A, whose far date makes the order later there: no
    /// order_by (without re-running the line, B's next cutoff would be reported). With A in New York, its own
    /// cutoff (23:00) and midnight come hours after that UTC midnight: A's dates must be recomputed there
    /// although no instant of its zone is due, and B's 01:00 cutoff would follow.
    /// </summary>
    [Theory]
    [InlineData(null, "14:00", "14:00")]
    [InlineData("America/New_York", "23:00", "01:00")]
    public void Quote_HorizonReachesHigherPriorityWarehouseAtUtcMidnight_NoOrderBy(string? zoneOfA, string cutoffOfA, string cutoffOfB)
    {
        var s = new Scenario
        {
            Rules = new Rules.ServiceRules
            {
                Warehouses =
                [
                    new Rules.WarehouseRule("A - AC")
                    {
                        Priority = 10,
                        HolidayList = "Closing",
                        TimeZone = zoneOfA is null ? TimeZoneInfo.Utc : RandomWorld.Zone(zoneOfA),
                        Cutoff = TimeOnly.Parse(cutoffOfA, System.Globalization.CultureInfo.InvariantCulture),
                    },
                    new Rules.WarehouseRule("B - AC") { Priority = 20, Cutoff = TimeOnly.Parse(cutoffOfB, System.Globalization.CultureInfo.InvariantCulture) },
                ],
                ShippingMethods = [new Rules.ShippingMethod("standard", 0)],
            },
        };
        var orderDay = Scenario.D("2026-12-21");
        // Closed up to and including the order date + 730 (the horizon, promise-rules §2): open the day after.
        var closed = Enumerable.Range(-20, 20 + 730 + 1).Select(d => new Supply.Holiday(orderDay.AddDays(d), false)).ToArray();
        s.HolidayLists.Add(new Supply.HolidayList("Closing", closed));
        s.Warehouse("A - AC").Warehouse("B - AC").Item("X").Stock("X", "A - AC", 5m).Stock("X", "B - AC", 5m);
        var request = Scenario.Order("2026-12-21T20:00:00Z", Scenario.Line("X", 1m));

        var result = s.Quote(request);

        Assert.Equal("B - AC", Assert.Single(result.Plan[0].Fulfillment).Warehouse);
        Assert.Null(result.OrderBy);
        AssertSameAsExhaustive(s, request, result);
    }

    /// <summary>The benchmark's shape: one line needs two warehouses of equal priority, so some probes re-run it.</summary>
    [Fact]
    public void Quote_SplitLineOverEqualPriorities_OrderByIsTheCutoffThatMovesIt()
    {
        var s = new Scenario
        {
            Rules = new Rules.ServiceRules
            {
                Warehouses =
                [
                    new Rules.WarehouseRule("A - AC") { Priority = 10 },
                    new Rules.WarehouseRule("B - AC") { Priority = 20, Cutoff = new TimeOnly(15, 0) },
                    new Rules.WarehouseRule("C - AC") { Priority = 20, Cutoff = new TimeOnly(19, 0), ProcessingDays = 1 },
                ],
            },
        };
        s.Warehouse("A - AC").Warehouse("B - AC").Warehouse("C - AC").Item("X").Item("Y");
        s.Stock("X", "A - AC", 5m).Stock("Y", "A - AC", 2m).Stock("Y", "B - AC", 3m).Stock("Y", "C - AC", 4m);
        var request = Scenario.Order("2026-12-21T09:30:00Z", Scenario.Line("X", 2m), Scenario.Line("Y", 8m, id: "2"));

        var result = s.Quote(request);

        // Y takes A, then B and C (C ships a day later): A's 14:00 and B's 15:00 cutoffs leave the date, C's 19:00 moves it.
        Assert.Equal(Scenario.At("2026-12-21T19:00:00Z"), result.OrderBy);
        AssertSameAsExhaustive(s, request, result);
    }

    /// <summary>
    /// Two lines of one item: B's cutoff sends the first line to C, so the second line (not sensitive itself)
    /// must re-run and finds only B left; or the first line's consumption decides the second line's re-run.
    /// </summary>
    [Theory]
    [InlineData(0, 3, 3, "2026-12-21T15:00:00Z")]
    [InlineData(4, 3, 2, "2026-12-21T15:00:00Z")]
    public void Quote_TwoLinesOfOneItem_ProbesSeeEachOthersConsumption(int inA, int inB, int inC, string orderBy)
    {
        var s = new Scenario
        {
            Rules = new Rules.ServiceRules
            {
                Warehouses =
                [
                    new Rules.WarehouseRule("A - AC") { Priority = 10, Cutoff = new TimeOnly(23, 0) },
                    new Rules.WarehouseRule("B - AC") { Priority = 20, Cutoff = new TimeOnly(15, 0) },
                    new Rules.WarehouseRule("C - AC") { Priority = 20, Cutoff = new TimeOnly(19, 0) },
                ],
            },
        };
        s.Warehouse("A - AC").Warehouse("B - AC").Warehouse("C - AC").Item("Y");
        s.Stock("Y", "A - AC", inA).Stock("Y", "B - AC", inB).Stock("Y", "C - AC", inC);
        var request = Scenario.Order("2026-12-21T09:30:00Z", Scenario.Line("Y", 3m), Scenario.Line("Y", 3m, id: "2"));

        var result = s.Quote(request);

        Assert.Equal(Scenario.At(orderBy), result.OrderBy);
        AssertSameAsExhaustive(s, request, result);
    }

    /// <summary>After A's cutoff its next working day lies past the horizon: the line re-runs and B keeps the date.</summary>
    [Fact]
    public void Quote_UsedWarehouseLeavesTheHorizon_ProbeRerunsTheLine()
    {
        var s = new Scenario
        {
            Rules = new Rules.ServiceRules
            {
                Warehouses =
                [
                    new Rules.WarehouseRule("A - AC") { Priority = 10, HolidayList = "Closing" },
                    new Rules.WarehouseRule("B - AC") { Priority = 20, Cutoff = new TimeOnly(23, 0) },
                ],
            },
        };
        var closed = Enumerable.Range(1, 800).Select(d => new Supply.Holiday(Scenario.D("2026-12-21").AddDays(d), false)).ToArray();
        s.HolidayLists.Add(new Supply.HolidayList("Closing", closed));
        s.Warehouse("A - AC").Warehouse("B - AC").Item("Y").Stock("Y", "A - AC", 5m).Stock("Y", "B - AC", 5m);
        var request = Scenario.Order("2026-12-21T09:30:00Z", Scenario.Line("Y", 1m));

        var result = s.Quote(request);

        Assert.Equal("A - AC", Assert.Single(result.Plan[0].Fulfillment).Warehouse);
        Assert.Null(result.OrderBy);
        AssertSameAsExhaustive(s, request, result);
    }

    private static void AssertSameAsExhaustive(Scenario s, PromiseRequest request, Results.PromiseResult result) =>
        Assert.Equal(ResultText.Describe(new PromiseEngine(s.Rules, exhaustiveOrderBy: true).Quote(s.Snapshot(), request)), ResultText.Describe(result));

    private static void Compare(RandomWorld world, Func<int, PromiseRequest> next, int quotes)
    {
        var snapshot = world.Scenario.Snapshot();
        var selective = world.Scenario.Engine();
        var exhaustive = new PromiseEngine(world.Scenario.Rules, exhaustiveOrderBy: true);
        for (var i = 0; i < quotes; i++)
        {
            var request = next(i);
            var expected = exhaustive.Quote(snapshot, request);
            var actual = selective.Quote(snapshot, request);
            Assert.Equal(expected.OrderBy, actual.OrderBy);
            Assert.Equal(ResultText.Describe(expected), ResultText.Describe(actual));
        }
    }

    private static void ForSeeds(int count, Action<int> check)
    {
        for (var seed = 1; seed <= count; seed++)
        {
            try
            {
                check(seed);
            }
            catch (Exception e)
            {
                throw new XunitException($"seed {seed}: {e.GetType().Name}: {e.Message}{Environment.NewLine}{e.StackTrace}");
            }
        }
    }
}
