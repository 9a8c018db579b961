using Promise.Core.Results;
using Promise.Core.Supply;
using Promise.Core.Tests.Support;
using Xunit.Sdk;

namespace Promise.Core.Tests.Allocation;

/// <summary>Seeded randomized invariants (style.md rule 17); a failure names its seed.</summary>
public sealed class InvariantTests
{
    private const int Seeds = 1000;

    [Fact]
    public void Quote_RandomOrders_KeepEveryInvariant() => ForSeeds(Seeds, seed =>
    {
        var world = new RandomWorld(seed);
        var snapshot = world.Scenario.Snapshot();
        var engine = world.Scenario.Engine();
        for (var i = 0; i < 3; i++)
        {
            var request = world.NextOrder();
            var result = engine.Quote(snapshot, request);
            CheckOrder(world, snapshot, request, result);
            CheckCapacity(snapshot, [result]);
            CheckTexts(result);
        }
    });

    [Fact]
    public void Session_RandomBatches_NeverAllocateBeyondFreeSupply() => ForSeeds(Seeds / 5, seed =>
    {
        var world = new RandomWorld(seed);
        var snapshot = world.Scenario.Snapshot();
        var session = world.Scenario.Engine().StartSession();
        var shipped = new List<PromiseResult>();
        for (var i = 0; i < 12; i++)
        {
            var request = world.NextOrder();
            var result = session.Promise(snapshot, request);
            CheckOrder(world, snapshot, request, result);
            CheckCapacity(snapshot, [result]);
            if (result.Ships)
            {
                shipped.Add(result);
            }
        }

        CheckCapacity(snapshot, shipped);
    });

    /// <summary>
    /// A bulk batch passes a snapshot per window of orders, built from the same records in another order (so
    /// every Bin and PO line has another slot number there) and sometimes a window's snapshot again: the
    /// session's answers equal those of one session over a single snapshot of everything.
    /// </summary>
    [Fact]
    public void Session_SnapshotPerWindow_SameAsOneSnapshot() => ForSeeds(Seeds / 5, seed =>
    {
        var world = new RandomWorld(seed);
        var scenario = world.Scenario;
        var whole = scenario.Snapshot();
        var random = new Random(seed);
        var reference = scenario.Engine().StartSession();
        var windowed = scenario.Engine().StartSession();
        var windows = new List<SupplySnapshot>();

        // A snapshot keeps the first of two PO lines with the same (name, idx): drop the later ones here, as
        // the whole snapshot does, so that shuffling cannot change which one a window keeps.
        var pos = scenario.Pos.DistinctBy(p => (p.PoName.ToUpperInvariant(), p.Idx)).ToList();
        for (var i = 0; i < 12; i++)
        {
            var request = world.NextOrder();
            SupplySnapshot window;
            if (windows.Count > 0 && random.Next(3) == 0)
            {
                // Back to an earlier window's snapshot (it holds every item too).
                window = windows[random.Next(windows.Count)];
            }
            else
            {
                // This window's items first, the rest shuffled after them: every record keeps its instance.
                var codes = request.Lines.Select(l => l.ItemCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var items = scenario.Items.OrderBy(it => codes.Contains(it.ItemCode) ? 0 : 1).ThenBy(_ => random.Next()).ToList();
                var rank = items.Select((it, k) => (it.ItemCode, k)).ToDictionary(p => p.ItemCode, p => p.k, StringComparer.OrdinalIgnoreCase);
                window = new SupplySnapshot(
                    items,
                    scenario.Warehouses,
                    scenario.Bins.OrderBy(b => rank.GetValueOrDefault(b.ItemCode, -1)).ThenBy(_ => random.Next()).ToList(),
                    pos.OrderBy(p => rank.GetValueOrDefault(p.ItemCode, -1)).ThenBy(_ => random.Next()).ToList(),
                    scenario.HolidayLists,
                    scenario.CompanyLists,
                    scenario.Sources,
                    whole.DataAsOf);
                windows.Add(window);
            }

            Assert.Equal(ResultText.Describe(reference.Promise(whole, request)), ResultText.Describe(windowed.Promise(window, request)));
        }
    });

    [Fact]
    public void Quote_SameInput_SameOutputAndQuotesIndependent() => ForSeeds(Seeds / 3, seed =>
    {
        var world = new RandomWorld(seed);
        var snapshot = world.Scenario.Snapshot();
        var engine = world.Scenario.Engine();
        var a = world.NextOrder();
        var b = world.NextOrder();

        var first = ResultText.Describe(engine.Quote(snapshot, a));
        engine.Quote(snapshot, b);
        var session = engine.StartSession();
        session.Promise(snapshot, b);

        Assert.Equal(first, ResultText.Describe(engine.Quote(snapshot, a)));
        Assert.Equal(first, ResultText.Describe(world.Scenario.Engine().Quote(world.Scenario.Snapshot(), a)));
    });

    [Fact]
    public void Quote_AddingSupply_NeverIncreasesAShortage() => ForSeeds(Seeds / 3, seed =>
    {
        var world = new RandomWorld(seed);
        var request = world.NextOrder(restrictions: false);
        var before = world.Scenario.Quote(request).Plan.Sum(p => p.Shortage);

        world.AddSupply();
        var after = world.Scenario.Quote(request).Plan.Sum(p => p.Shortage);

        Assert.True(after <= before, $"shortage grew from {before} to {after}");
    });

    /// <summary>
    /// order_by against its definition, by brute force: every whole minute of the next 24 hours (all cutoffs
    /// and midnights of these worlds fall on whole minutes and no DST change falls in their window).
    /// </summary>
    [Fact]
    public void Quote_OrderBy_MatchesMinuteByMinuteSearch()
    {
        var found = 0;
        ForSeeds(60, seed => found += CheckOrderBy(seed) ? 1 : 0);

        // The search must have met real order_by instants, not only nulls.
        Assert.True(found >= 5, $"only {found} orders had an order_by");
    }

    private static bool CheckOrderBy(int seed)
    {
        var world = new RandomWorld(seed);
        var snapshot = world.Scenario.Snapshot();
        var engine = world.Scenario.Engine();
        var request = world.NextOrder() with { DesiredDate = null };
        var result = engine.Quote(snapshot, request);
        DateTimeOffset? expected = null;
        var stock = result.Plan.SelectMany(p => p.Fulfillment).Where(f => f.Source == SupplySource.Stock).Select(f => f.Warehouse!).Distinct().ToArray();
        if (result.PromiseDateRaw is { } raw && stock.Length > 0)
        {
            for (var minute = 1; minute <= 24 * 60; minute++)
            {
                var at = request.OrderInstant.AddMinutes(minute);
                var later = engine.Quote(snapshot, request with { OrderInstant = at }).PromiseDateRaw;
                if (later is null || later > raw)
                {
                    expected = stock.Any(w => IsCutoff(world, request, w, at)) ? at : null;
                    break;
                }
            }
        }

        Assert.Equal(expected, result.OrderBy);
        return expected is not null;
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

    private static void CheckOrder(RandomWorld world, SupplySnapshot snapshot, Requests.PromiseRequest request, PromiseResult result)
    {
        var orderDay = LocalDay(request.OrderInstant, request.Rules.TimeZone ?? TimeZoneInfo.Utc);
        var horizon = orderDay.AddDays(730);
        Assert.Equal(request.Lines.Count, result.Plan.Count);
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var line = result.Plan[i];
            Assert.Equal(request.Lines[i].ItemCode, line.ItemCode);
            if (line.Status == LineStatus.NotApplicable)
            {
                Assert.Empty(line.Fulfillment);
                Assert.Equal(0m, line.Shortage);
                continue;
            }

            Assert.Equal(line.QtyRequired, line.Fulfillment.Sum(f => f.Qty) + line.Shortage);
            Assert.True(line.Shortage >= 0 && line.Fulfillment.All(f => f.Qty > 0), "quantities are positive");
            Assert.True(line.Shortage > 0 == line.Reason is not null, $"reason {line.Reason} with shortage {line.Shortage}");
            foreach (var f in line.Fulfillment)
            {
                Assert.True(f.DeliveryDate <= horizon, $"{f.DeliveryDate} beyond the horizon {horizon}");
                if (f.Source == SupplySource.Supplier)
                {
                    Assert.True(f.DeliveryDate >= orderDay, "supplier delivery before the order date");
                    continue;
                }

                var zone = request.Rules.TimeZone ?? world.Scenario.Rules.FindWarehouseRule(f.Warehouse!)?.TimeZone ?? TimeZoneInfo.Utc;
                Assert.True(f.AvailableDate >= LocalDay(request.OrderInstant, zone), $"{f.AvailableDate} before the local order date");
                Assert.True(f.AvailableDate <= f.ShipReadyDate && f.ShipReadyDate <= f.DeliveryDate, $"dates out of order: {f}");
            }
        }

        var covered = result.Plan.Where(p => p.Status != LineStatus.NotApplicable).All(p => p.Shortage == 0);
        Assert.True(
            covered == (result.PromiseDateRaw is not null || result.Plan.All(p => p.Status == LineStatus.NotApplicable)),
            $"promise_date_raw {result.PromiseDateRaw} but covered = {covered}\n{ResultText.Describe(result)}");
        Assert.True(
            (result.PromiseDate is null || result.Status == OrderStatus.Ok) &&
            (result.Status != OrderStatus.Ok || result.PromiseDateRaw is null || result.PromiseDate is not null),
            $"status {result.Status} with promise_date {result.PromiseDate}\n{ResultText.Describe(result)}");
    }

    /// <summary>Every recorded fact and option carries the fields its text needs (FactText writes "?" for a missing one).</summary>
    private static void CheckTexts(PromiseResult result)
    {
        foreach (var fact in result.Reasons.Concat(result.Blockers))
        {
            var text = Facts.FactText.Render(fact);
            Assert.False(text.Contains('?', StringComparison.Ordinal), $"{fact.Kind}: {text}");
        }

        foreach (var option in result.Options)
        {
            var (description, impact) = Facts.FactText.Render(option);
            Assert.False((description + impact).Contains('?', StringComparison.Ordinal), $"{option.Type}: {description} / {impact}");
        }
    }

    /// <summary>Summed allocations per Bin and PO line never exceed free stock and (deficit-netted) outstanding quantity.</summary>
    private static void CheckCapacity(SupplySnapshot snapshot, IReadOnlyList<PromiseResult> results)
    {
        var stock = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        var pos = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in results.SelectMany(r => r.Plan))
        {
            foreach (var f in line.Fulfillment)
            {
                if (f.Source == SupplySource.Stock)
                {
                    stock[$"{line.ItemCode}|{f.Warehouse}"] = stock.GetValueOrDefault($"{line.ItemCode}|{f.Warehouse}") + f.Qty;
                }
                else if (f.Source == SupplySource.PurchaseOrder)
                {
                    pos[$"{f.PoId}|{f.PoIdx}"] = pos.GetValueOrDefault($"{f.PoId}|{f.PoIdx}") + f.Qty;
                }
            }
        }

        foreach (var item in snapshot.Items.Values)
        {
            foreach (var bin in snapshot.BinsOf(item.ItemCode))
            {
                var used = stock.GetValueOrDefault($"{bin.ItemCode}|{bin.Warehouse}");
                Assert.True(used <= Math.Max(0m, bin.RawFreeQty), $"{used} of {bin.ItemCode} taken from {bin.Warehouse} (free {bin.RawFreeQty})");
            }

            foreach (var po in snapshot.PurchaseOrderLinesOf(item.ItemCode))
            {
                var used = pos.GetValueOrDefault($"{po.PoName}|{po.Idx}");
                if (used > 0)
                {
                    var free = Math.Max(0m, po.OutstandingStockQty) - Netted(snapshot, po);
                    Assert.True(used <= free, $"{used} taken from {po.PoName}/{po.Idx} (free {free})");
                }
            }
        }
    }

    /// <summary>promise-rules §3, restated: the part of a PO line a stock deficit consumes.</summary>
    private static decimal Netted(SupplySnapshot snapshot, PurchaseOrderLine line)
    {
        var bin = snapshot.BinsOf(line.ItemCode).FirstOrDefault(b => Same(b.Warehouse, line.Warehouse));
        var deficit = bin is null ? 0m : Math.Max(0m, -bin.RawFreeQty);
        foreach (var po in snapshot.PurchaseOrderLinesOf(line.ItemCode)
                     .Where(p => Same(p.Warehouse, line.Warehouse) && p.OutstandingStockQty > 0)
                     .OrderBy(p => p.ArrivalDate).ThenBy(p => p.PoName, StringComparer.Ordinal).ThenBy(p => p.Idx))
        {
            var take = Math.Min(deficit, po.OutstandingStockQty);
            if (ReferenceEquals(po, line))
            {
                return take;
            }

            deficit -= take;
        }

        return 0m;
    }

    private static bool IsCutoff(RandomWorld world, Requests.PromiseRequest request, string warehouse, DateTimeOffset at)
    {
        var rule = world.Scenario.Rules.FindWarehouseRule(warehouse);
        var zone = request.Rules.TimeZone ?? rule?.TimeZone ?? TimeZoneInfo.Utc;
        var cutoff = request.Rules.CutoffTime ?? rule?.Cutoff ?? new TimeOnly(14, 0);
        return TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime) == cutoff;
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
