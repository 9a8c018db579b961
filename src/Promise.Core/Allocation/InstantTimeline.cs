using Promise.Core.Calendar;

namespace Promise.Core.Allocation;

/// <summary>
/// The order_by candidate instants of a snapshot view (every zone pair's cutoffs and local midnights,
/// and the order date's midnights) over a span of UTC days, sorted, with the same instant's sources
/// merged. Orders close in time read the same span: each order only selects its window instead of
/// computing and sorting its candidates again. Per thread (in <see cref="Scratch"/>); rebuilt when the
/// view, the request's time-zone or cutoff override, or the span changes.
/// </summary>
internal sealed class InstantTimeline
{
    // What makes an instant a candidate: bits 2k and 2k+1 are the cutoff and the local midnight of
    // SnapshotView.Zones[k] (pairs from MaskedPairs on set every bit); the top bits are the order date's
    // midnight and (added per order by OrderByFinder) the order's stock cutoffs.
    public const long OrderDayChanges = 1L << 62;
    public const long StockCutoff = 1L << 61;
    public const int MaskedPairs = 30;
    private const long CutoffBits = 0x5555555555555555L;

    /// <summary>Orders starting within this many UTC days of the span's first day reuse it (their 24 hours fit).</summary>
    private const int ReuseDays = 2;

    private SnapshotView? _view;
    private ZoneTable? _zoneOverride;
    private TimeOnly? _cutoffOverride;
    private long _from = long.MaxValue;
    private long _to = long.MinValue;
    private long[] _ticks = new long[32];
    private long[] _sources = new long[32];

    /// <summary>How many instants the span holds.</summary>
    public int Count { get; private set; }

    /// <summary>The instants (UTC ticks), ascending.</summary>
    public ReadOnlySpan<long> Ticks => _ticks.AsSpan(0, Count);

    /// <summary>Each instant's sources (see <see cref="OrderByFinder"/>).</summary>
    public ReadOnlySpan<long> Sources => _sources.AsSpan(0, Count);

    /// <summary>
    /// Makes the timeline cover the instants in (<paramref name="start"/>, <paramref name="end"/>] (UTC
    /// ticks) of this view under these overrides, rebuilding it when it does not.
    /// </summary>
    public void Ensure(InstantCache cache, SnapshotView view, ZoneTable? zoneOverride, TimeOnly? cutoffOverride, long start, long end)
    {
        if (ReferenceEquals(view, _view) && ReferenceEquals(zoneOverride, _zoneOverride) && cutoffOverride == _cutoffOverride &&
            start >= _from && end <= _to)
        {
            return;
        }

        _view = view;
        _zoneOverride = zoneOverride;
        _cutoffOverride = cutoffOverride;
        _from = start / TimeSpan.TicksPerDay * TimeSpan.TicksPerDay;
        _to = _from + ((ReuseDays + 1) * TimeSpan.TicksPerDay);
        Count = 0;
        var midnight = TimeOnly.MinValue;
        for (var k = 0; k < view.Zones.Length; k++)
        {
            var (zone, cutoff) = view.Zones[k];
            var z = zoneOverride ?? zone;
            var bits = k < MaskedPairs ? 3L << (2 * k) : -1L;
            AddDaily(cache, z, cutoffOverride ?? cutoff, bits & CutoffBits);
            AddDaily(cache, z, midnight, bits & ~CutoffBits);
        }

        // The order date's midnight (rules.timezone, else UTC); a UTC midnight moves nothing else unless a
        // warehouse is in UTC, and then it is that zone's midnight above.
        AddDaily(cache, zoneOverride ?? ZoneTable.Utc, midnight, OrderDayChanges);
        _ticks.AsSpan(0, Count).Sort(_sources.AsSpan(0, Count));
    }

    /// <summary>Index of the first instant after <paramref name="ticks"/> (instants are distinct).</summary>
    public int FirstAfter(long ticks)
    {
        var at = Ticks.BinarySearch(ticks);
        return at >= 0 ? at + 1 : ~at;
    }

    /// <summary>Adds the instants of a daily local time within the span.</summary>
    private void AddDaily(InstantCache cache, ZoneTable zone, TimeOnly time, long source)
    {
        var last = zone.LocalDay(new DateTimeOffset(_to, TimeSpan.Zero)) + 1;
        for (var d = zone.LocalDay(new DateTimeOffset(_from, TimeSpan.Zero)) - 1; d <= last; d++)
        {
            var ticks = cache.InstantTicks(zone, d, time);
            if (ticks > _from && ticks <= _to)
            {
                Add(ticks, source);
            }
        }
    }

    /// <summary>Adds an instant of the span being built, or merges its source into the same instant.</summary>
    private void Add(long ticks, long source)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_ticks[i] == ticks)
            {
                _sources[i] |= source;
                return;
            }
        }

        if (Count == _ticks.Length)
        {
            Array.Resize(ref _ticks, Count * 2);
            Array.Resize(ref _sources, Count * 2);
        }

        _ticks[Count] = ticks;
        _sources[Count] = source;
        Count++;
    }
}
