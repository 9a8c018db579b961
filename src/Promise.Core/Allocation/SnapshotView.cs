using Promise.Core.Calendar;
using Promise.Core.Supply;

namespace Promise.Core.Allocation;

/// <summary>
/// What the engine derives once per snapshot (warehouse classification, resolved rules, the tree,
/// carrier calendars); cached per snapshot instance by the engine, immutable after construction
/// except for lazily compiled calendars.
/// </summary>
internal sealed class SnapshotView
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);
    private readonly WorkCalendar?[] _carrierCalendars;
    private readonly CalendarCache _cache;
    private readonly CompiledRules _rules;

    public SnapshotView(SupplySnapshot snapshot, CompiledRules rules, CalendarCache cache)
    {
        Snapshot = snapshot;
        _rules = rules;
        _cache = cache;
        var records = new List<WarehouseRecord>(snapshot.Warehouses.Values);
        records.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        Warehouses = new WarehouseInfo[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            _index[records[i].Name] = i;
            Warehouses[i] = Describe(i, records[i]);
        }

        LinkTree(records);
        var fulfilling = new List<int>();
        var zones = new List<(TimeZoneInfo, TimeOnly)>();
        foreach (var w in Warehouses)
        {
            if (w.Fulfills)
            {
                fulfilling.Add(w.Index);
                if (!zones.Contains((w.TimeZone, w.Cutoff)))
                {
                    zones.Add((w.TimeZone, w.Cutoff));
                }
            }
        }

        fulfilling.Sort((a, b) =>
        {
            var c = Warehouses[a].Priority.CompareTo(Warehouses[b].Priority);
            return c != 0 ? c : string.CompareOrdinal(Warehouses[a].Name, Warehouses[b].Name);
        });
        ByPreference = [.. fulfilling];
        Zones = [.. zones];
        _carrierCalendars = new WorkCalendar?[rules.CarrierCount * 2];
    }

    public SupplySnapshot Snapshot { get; }

    /// <summary>Every warehouse, sorted by name (ordinal).</summary>
    public WarehouseInfo[] Warehouses { get; }

    /// <summary>Fulfillment warehouses by priority, then name.</summary>
    public int[] ByPreference { get; }

    /// <summary>Distinct configured (time zone, cutoff) pairs of fulfillment warehouses.</summary>
    public (TimeZoneInfo Zone, TimeOnly Cutoff)[] Zones { get; }

    /// <summary>Index of a warehouse name (case-insensitive), or -1.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    /// <summary>The carrier's calendar: its weekly offs, and its holiday list only when one is configured.</summary>
    public WorkCalendar CarrierCalendar(CompiledCarrier carrier, bool noWeekends)
    {
        ref var slot = ref _carrierCalendars[(carrier.Index * 2) + (noWeekends ? 0 : 1)];
        var calendar = Volatile.Read(ref slot);
        if (calendar is null)
        {
            var list = carrier.HolidayList is null ? null : Snapshot.HolidayLists.GetValueOrDefault(carrier.HolidayList);
            calendar = _cache.Get(list, carrier.OffMask, noWeekends);
            calendar = Interlocked.CompareExchange(ref slot, calendar, null) ?? calendar;
        }

        return calendar;
    }

    /// <summary>A carrier holiday list that applies but could not be read, else null.</summary>
    public string? UnavailableCarrierList(CompiledCarrier carrier) =>
        carrier.HolidayList is not null && !Snapshot.Sources.HolidayLists &&
        !Snapshot.HolidayLists.ContainsKey(carrier.HolidayList)
            ? carrier.HolidayList
            : null;

    private WarehouseInfo Describe(int index, WarehouseRecord record)
    {
        var rules = _rules.Source;
        var rule = _rules.WarehouseRule(record.Name);
        var fulfills = !record.IsGroup && !record.Disabled && !record.IsRejectedWarehouse &&
            !string.Equals(record.WarehouseType, "Transit", StringComparison.OrdinalIgnoreCase) &&
            !record.Name.StartsWith("Work In Progress", StringComparison.OrdinalIgnoreCase) &&
            !_rules.IsExcluded(record.Name) && (rule?.Fulfills ?? true) &&
            (rules.Company is null || string.Equals(rules.Company, record.Company, StringComparison.OrdinalIgnoreCase));
        var listName = rule?.HolidayList ?? rules.HolidayList ??
            (record.Company is null ? null : Snapshot.CompanyDefaultHolidayLists.GetValueOrDefault(record.Company));
        var list = listName is null ? null : Snapshot.HolidayLists.GetValueOrDefault(listName);
        return new WarehouseInfo
        {
            Index = index,
            Name = record.Name,
            Fulfills = fulfills,
            IsGroup = record.IsGroup,
            Priority = rule?.Priority ?? 100,
            ProcessingDays = rule?.ProcessingDays ?? 0,
            ReceivingDays = rule?.ReceivingDays ?? 1,
            Cutoff = rule?.Cutoff ?? new TimeOnly(14, 0),
            TimeZone = rule?.TimeZone ?? TimeZoneInfo.Utc,
            HolidayListName = listName,
            HolidayList = list,
            HolidayListUnavailable = listName is not null && list is null && !Snapshot.Sources.HolidayLists,
        };
    }

    private void LinkTree(List<WarehouseRecord> records)
    {
        var chain = new List<int>();
        for (var i = 0; i < records.Count; i++)
        {
            chain.Clear();
            var parent = records[i].ParentWarehouse;
            // The chain stops at the root, at an unknown parent, or on a cycle (bad data must not hang us).
            while (parent is not null && chain.Count < records.Count)
            {
                var p = IndexOf(parent);
                if (p < 0 || p == i || chain.Contains(p))
                {
                    break;
                }

                chain.Add(p);
                parent = records[p].ParentWarehouse;
            }

            Warehouses[i].Ancestors = [.. chain];
            if (Warehouses[i].Fulfills)
            {
                foreach (var ancestor in chain)
                {
                    Warehouses[ancestor].HasFulfillingDescendant = true;
                }
            }
        }
    }
}
