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

    public static DateTimeOffset? Find(OrderContext ctx, Scratch s, SupplyLedger ledger, int raw)
    {
        var view = ctx.View;
        var start = ctx.Instant;
        var end = start + Window;
        var stockCutoffs = s.StockCutoffs;
        var instants = s.Instants;
        stockCutoffs.Clear();
        instants.Clear();
        for (var i = 0; i < s.AllocCount; i++)
        {
            if (s.Allocs[i].Source == SupplySource.Stock && !StockSeenBefore(s, i))
            {
                var w = view.Warehouses[s.Allocs[i].Warehouse];
                AddDaily(stockCutoffs, start, end, ctx.ZoneOf(w), ctx.CutoffOf(w), long.MaxValue);
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
        foreach (var (zone, cutoff) in view.Zones)
        {
            var z = ctx.ZoneOverride ?? zone;
            AddDaily(instants, start, end, z, ctx.CutoffOverride ?? cutoff, last);
            AddDaily(instants, start, end, z, midnight, last);
        }

        AddDaily(instants, start, end, ctx.ZoneOverride ?? ZoneTable.Utc, midnight, last);
        AddDaily(instants, start, end, ZoneTable.Utc, midnight, last);
        foreach (var ticks in stockCutoffs)
        {
            if (!instants.Contains(ticks))
            {
                instants.Add(ticks);
            }
        }

        instants.Sort();
        var found = long.MinValue;
        var allocs = s.AllocCount;
        var mark = ledger.BeginProbe();
        try
        {
            foreach (var ticks in instants)
            {
                ctx.SetInstant(new DateTimeOffset(ticks, TimeSpan.Zero));
                var later = OrderComputer.IsLater(ctx, s, ledger, raw);
                s.AllocCount = allocs;
                ledger.Rewind(mark);
                if (later)
                {
                    found = ticks;
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

    /// <summary>Adds the instants of a daily local time in the window (start, end], up to <paramref name="last"/> ticks.</summary>
    private static void AddDaily(List<long> into, DateTimeOffset start, DateTimeOffset end, ZoneTable zone, TimeOnly time, long last)
    {
        var day = zone.LocalDay(start);
        for (var d = day; d <= day + 1; d++)
        {
            var ticks = zone.InstantTicks(d, time);
            if (ticks > start.UtcTicks && ticks <= end.UtcTicks && ticks <= last && !into.Contains(ticks))
            {
                into.Add(ticks);
            }
        }
    }
}
