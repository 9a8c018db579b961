using Promise.Core.Calendar;
using Promise.Core.Results;

namespace Promise.Core.Allocation;

/// <summary>
/// promise-rules §6 <c>order_by</c>: the earliest instant within 24 hours after the order at which the
/// same request against the same supply gets a later <c>promise_date_raw</c>, when that instant is the
/// cutoff of a warehouse the order takes stock from. Probes compute dates only and stop at the first later one.
/// </summary>
internal static class OrderByFinder
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    // exhaustive: re-run every line at every probe (the reference the tests compare ProbeEvaluator with).
    public static DateTimeOffset? Find(OrderContext ctx, Scratch s, SupplyLedger ledger, int raw, bool exhaustive)
    {
        var view = ctx.View;
        var start = ctx.Instant;
        var end = start + Window;
        var stockCutoffs = s.StockCutoffs;
        var instants = s.Instants;
        var sources = s.InstantSources;
        stockCutoffs.Clear();
        instants.Clear();
        sources.Clear();
        for (var i = 0; i < s.AllocCount; i++)
        {
            if (s.Allocs[i].Source == SupplySource.Stock && !StockSeenBefore(s, i))
            {
                var w = view.Warehouses[s.Allocs[i].Warehouse];
                AddDaily(s.InstantCache, stockCutoffs, start, end, ctx.ZoneOf(w), ctx.CutoffOf(w));
            }
        }

        if (stockCutoffs.Count == 0)
        {
            return null;
        }

        // Later candidates cannot matter: T must be one of these stock cutoffs.
        var last = long.MinValue;
        foreach (var ticks in stockCutoffs)
        {
            last = Math.Max(last, ticks);
        }

        // The view's cutoffs and midnights in (start, last], merged in time order with the stock cutoffs.
        var timeline = s.Timeline;
        timeline.Ensure(s.InstantCache, view, ctx.ZoneOverride, ctx.CutoffOverride, start.UtcTicks, end.UtcTicks);
        stockCutoffs.Sort();
        var ticksOf = timeline.Ticks;
        var sourcesOf = timeline.Sources;
        var next = 0;
        for (var i = timeline.FirstAfter(start.UtcTicks); i < ticksOf.Length && ticksOf[i] <= last; i++)
        {
            for (; next < stockCutoffs.Count && stockCutoffs[next] < ticksOf[i]; next++)
            {
                instants.Add(stockCutoffs[next]);
                sources.Add(InstantTimeline.StockCutoff);
            }

            var stock = next < stockCutoffs.Count && stockCutoffs[next] == ticksOf[i];
            next += stock ? 1 : 0;
            instants.Add(ticksOf[i]);
            sources.Add(sourcesOf[i] | (stock ? InstantTimeline.StockCutoff : 0L));
        }

        for (; next < stockCutoffs.Count; next++)
        {
            instants.Add(stockCutoffs[next]);
            sources.Add(InstantTimeline.StockCutoff);
        }

        ProbeEvaluator.Capture(ctx, s);
        var found = long.MinValue;
        var allocs = s.AllocCount;
        var mark = ledger.BeginProbe();
        try
        {
            for (var i = 0; i < instants.Count; i++)
            {
                // An instant that moves no date the order has read (nor the order date) cannot change the
                // answer of the last evaluated instant, which was "not later".
                if (!Moves(ctx, sources[i]))
                {
                    continue;
                }

                ctx.SetInstant(new DateTimeOffset(instants[i], TimeSpan.Zero));
                var later = exhaustive ? OrderComputer.IsLater(ctx, s, ledger, raw) : ProbeEvaluator.IsLater(ctx, s, ledger, raw);
                s.AllocCount = allocs;
                ledger.Rewind(mark);
                if (later)
                {
                    found = instants[i];
                    break;
                }
            }
        }
        finally
        {
            ledger.EndProbe(mark);
            s.AllocCount = allocs;
            ctx.SetInstant(start);
        }

        return found != long.MinValue && stockCutoffs.Contains(found) ? new DateTimeOffset(found, TimeSpan.Zero) : null;
    }

    private static bool StockSeenBefore(Scratch s, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (s.Allocs[j].Source == SupplySource.Stock && s.Allocs[j].Warehouse == s.Allocs[index].Warehouse)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Moves(OrderContext ctx, long source)
    {
        if ((source & (InstantTimeline.OrderDayChanges | InstantTimeline.StockCutoff)) != 0)
        {
            return true;
        }

        var touched = ctx.Touched;
        for (var i = 0; i < touched.Count; i++)
        {
            var pair = ctx.View.Warehouses[touched[i]].ZonePair;
            if (pair < 0 || pair >= InstantTimeline.MaskedPairs || (source & (3L << (2 * pair))) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the instants of a daily local time in the window (start, end], once each: on the start's local
    /// day and the next two (after a 23-hour DST day, the day after next can begin within 24 hours).
    /// </summary>
    private static void AddDaily(InstantCache cache, List<long> into, DateTimeOffset start, DateTimeOffset end, ZoneTable zone, TimeOnly time)
    {
        var day = zone.LocalDay(start);
        for (var d = day; d <= day + 2; d++)
        {
            var ticks = cache.InstantTicks(zone, d, time);
            if (ticks > start.UtcTicks && ticks <= end.UtcTicks && !into.Contains(ticks))
            {
                into.Add(ticks);
            }
        }
    }
}
