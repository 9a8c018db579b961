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

    // What makes an instant a candidate: bits 2k and 2k+1 are the cutoff and the local midnight of
    // SnapshotView.Zones[k]; the top bits are the order-date zone's midnight and the order's stock cutoffs.
    private const long OrderDayChanges = 1L << 62;
    private const long StockCutoff = 1L << 61;
    private const int MaskedPairs = 30;

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
                AddDaily(s.InstantCache, stockCutoffs, null, start, end, ctx.ZoneOf(w), ctx.CutoffOf(w), long.MaxValue, 0);
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

        var midnight = TimeOnly.MinValue;
        for (var k = 0; k < view.Zones.Length; k++)
        {
            var (zone, cutoff) = view.Zones[k];
            var z = ctx.ZoneOverride ?? zone;
            var bits = k < MaskedPairs ? 3L << (2 * k) : -1L;
            AddDaily(s.InstantCache, instants, sources, start, end, z, ctx.CutoffOverride ?? cutoff, last, bits & 0x5555555555555555L);
            AddDaily(s.InstantCache, instants, sources, start, end, z, midnight, last, bits & ~0x5555555555555555L);
        }

        // The order date's midnight (rules.timezone, else UTC); a UTC midnight moves nothing else unless a
        // warehouse is in UTC, and then it is that zone's midnight above.
        AddDaily(s.InstantCache, instants, sources, start, end, ctx.ZoneOverride ?? ZoneTable.Utc, midnight, last, OrderDayChanges);
        foreach (var ticks in stockCutoffs)
        {
            Add(instants, sources, ticks, StockCutoff);
        }

        SortTogether(instants, sources);
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
        if ((source & (OrderDayChanges | StockCutoff)) != 0)
        {
            return true;
        }

        var touched = ctx.Touched;
        for (var i = 0; i < touched.Count; i++)
        {
            var pair = ctx.View.Warehouses[touched[i]].ZonePair;
            if (pair < 0 || pair >= MaskedPairs || (source & (3L << (2 * pair))) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the instants of a daily local time in the window (start, end], up to <paramref name="last"/> ticks.</summary>
    private static void AddDaily(
        InstantCache cache, List<long> into, List<long>? sources, DateTimeOffset start, DateTimeOffset end, ZoneTable zone, TimeOnly time, long last, long source)
    {
        var day = zone.LocalDay(start);
        for (var d = day; d <= day + 1; d++)
        {
            var ticks = cache.InstantTicks(zone, d, time);
            if (ticks > start.UtcTicks && ticks <= end.UtcTicks && ticks <= last)
            {
                if (sources is null)
                {
                    if (!into.Contains(ticks))
                    {
                        into.Add(ticks);
                    }
                }
                else
                {
                    Add(into, sources, ticks, source);
                }
            }
        }
    }

    /// <summary>Adds an instant, or merges its source into the same instant already listed.</summary>
    private static void Add(List<long> instants, List<long> sources, long ticks, long source)
    {
        var at = instants.IndexOf(ticks);
        if (at < 0)
        {
            instants.Add(ticks);
            sources.Add(source);
        }
        else
        {
            sources[at] |= source;
        }
    }

    /// <summary>Sorts the instants ascending, keeping each source mask with its instant (a handful of entries).</summary>
    private static void SortTogether(List<long> instants, List<long> sources)
    {
        for (var i = 1; i < instants.Count; i++)
        {
            for (var j = i; j > 0 && instants[j] < instants[j - 1]; j--)
            {
                (instants[j], instants[j - 1]) = (instants[j - 1], instants[j]);
                (sources[j], sources[j - 1]) = (sources[j - 1], sources[j]);
            }
        }
    }
}
