using System.Collections.Concurrent;

namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// The series of one family. The hot path is a lock-free dictionary probe with the measurement's
/// own tag span; only the first measurement of a tag set (in a given order) takes the lock,
/// renders its labels and maps it to the canonical series. Past <see cref="MaxSeries"/> label
/// sets, new ones share one overflow series so a runaway label cannot exhaust memory.
/// </summary>
internal sealed class SeriesTable<TSeries>
    where TSeries : MetricSeries
{
    public const int MaxSeries = 2_000;
    public const string OverflowLabels = "otel_metric_overflow=\"true\"";

    // Distinct tag orders and boxed values may map several keys to one series; bound those too.
    private const int MaxTagKeys = MaxSeries * 4;

    private readonly ConcurrentDictionary<TagSetKey, TSeries> _byTags = new(TagSetComparer.Instance);
    private readonly ConcurrentDictionary<TagSetKey, TSeries>.AlternateLookup<ReadOnlySpan<KeyValuePair<string, object?>>> _lookup;
    private readonly Dictionary<string, TSeries> _byLabels = new(StringComparer.Ordinal);
    private readonly Func<string, TSeries> _create;
    private readonly Lock _gate = new();
    private TSeries[] _all = [];
    private TSeries? _overflow;
    private int _tagKeys;

    // The last tag set found, when its values are strings: an instrument that records the same cached
    // strings again (the usual case) is answered by reference comparisons, without hashing.
    private LastFound? _last;

    /// <param name="create">Creates a series from its rendered labels.</param>
    public SeriesTable(Func<string, TSeries> create)
    {
        _create = create;
        _lookup = _byTags.GetAlternateLookup<ReadOnlySpan<KeyValuePair<string, object?>>>();
    }

    /// <summary>Every series so far, in creation order; safe to enumerate while others record.</summary>
    public IReadOnlyList<TSeries> Snapshot => Volatile.Read(ref _all);

    public TSeries Get(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && last.Key.IsSameInstances(tags))
        {
            return last.Series;
        }

        if (!_lookup.TryGetValue(tags, out var key, out var series))
        {
            return GetSlow(tags);
        }

        if (TagSetKey.HasOnlyStringValues(tags) && key.IsSameInstances(tags))
        {
            Volatile.Write(ref _last, new LastFound(key, series));
        }

        return series;
    }

    private TSeries GetSlow(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = LabelText.Render(tags);
        lock (_gate)
        {
            if (!_byLabels.TryGetValue(labels, out var series))
            {
                if (_byLabels.Count >= MaxSeries)
                {
                    series = _overflow ??= Append(OverflowLabels);
                }
                else
                {
                    series = Append(labels);
                    _byLabels.Add(labels, series);
                }
            }

            var key = new TagSetKey(tags);
            if (_tagKeys < MaxTagKeys && _byTags.TryAdd(key, series))
            {
                _tagKeys++;
                if (TagSetKey.HasOnlyStringValues(tags))
                {
                    Volatile.Write(ref _last, new LastFound(key, series));
                }
            }

            return series;
        }
    }

    private TSeries Append(string labels)
    {
        var series = _create(labels);
        TSeries[] grown = [.. _all, series];
        Volatile.Write(ref _all, grown);
        return series;
    }

    private sealed record LastFound(TagSetKey Key, TSeries Series);
}
