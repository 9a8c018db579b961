using System.Runtime.CompilerServices;
using Promise.Core.Calendar;
using Promise.Core.Supply;

namespace Promise.Core.Allocation;

/// <summary>
/// What the engine derives from a snapshot's warehouse data (classification, resolved rules, the tree,
/// carrier calendars). Snapshots are typically built per request from shared records, so a view is
/// reused for any snapshot with the same warehouse records, holiday lists and company defaults
/// (<see cref="Matches"/>). Immutable after construction except for lazily compiled calendars.
/// </summary>
internal sealed class SnapshotView
{
    private const int NameSlots = 256;
    private const int NameProbes = 4;
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);
    private readonly WorkCalendar?[] _carrierCalendars;
    private readonly CalendarCache _cache;
    private readonly CompiledRules _rules;
    private readonly WarehouseRecord[] _records;
    private readonly bool _holidayListsReadable;
    private readonly List<(string Name, HolidayList? List)> _lists = [];
    private readonly List<(string Company, string? List)> _companies = [];
    private readonly NameSlot?[] _recordNames = new NameSlot?[NameSlots];

    public SnapshotView(SupplySnapshot snapshot, CompiledRules rules, CalendarCache cache)
    {
        _rules = rules;
        _cache = cache;
        _holidayListsReadable = snapshot.Sources.HolidayLists;
        _records = [.. snapshot.WarehouseValues];
        var records = new List<WarehouseRecord>(_records);
        records.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        Warehouses = new WarehouseInfo[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            _index[records[i].Name] = i;
        }

        for (var i = 0; i < records.Count; i++)
        {
            Warehouses[i] = Describe(snapshot, i, records[i]);
        }

        LinkTree(records);
        var fulfilling = new List<int>();
        var zones = new List<(ZoneTable, TimeOnly)>();
        foreach (var w in Warehouses)
        {
            if (w.Fulfills)
            {
                fulfilling.Add(w.Index);
                w.ZonePair = zones.IndexOf((w.Zone, w.Cutoff));
                if (w.ZonePair < 0)
                {
                    w.ZonePair = zones.Count;
                    zones.Add((w.Zone, w.Cutoff));
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
        CarrierLists = new HolidayList?[rules.CarrierCount];
        for (var i = 0; i < rules.CarrierCount; i++)
        {
            var name = rules.CarrierAt(i).HolidayList;
            CarrierLists[i] = name is null ? null : Resolve(snapshot, name);
        }

        _carrierCalendars = new WorkCalendar?[rules.CarrierCount * 2];
        LastSnapshot = snapshot;
    }

    /// <summary>The snapshot this view was last matched with (a reference check saves <see cref="Matches"/>).</summary>
    public SupplySnapshot LastSnapshot { get; set; }

    /// <summary>Every warehouse, sorted by name (ordinal).</summary>
    public WarehouseInfo[] Warehouses { get; }

    /// <summary>Fulfillment warehouses by priority, then name.</summary>
    public int[] ByPreference { get; }

    /// <summary>Distinct configured (time zone, cutoff) pairs of fulfillment warehouses.</summary>
    public (ZoneTable Zone, TimeOnly Cutoff)[] Zones { get; }

    private HolidayList?[] CarrierLists { get; }

    /// <summary>Index of a warehouse name (case-insensitive), or -1.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    /// <summary>
    /// <see cref="IndexOf"/> for the warehouse names of Bin and PO records: those string instances live as
    /// long as the records, which the supply provider shares across snapshots, so a small cache keyed by
    /// reference answers most lookups without hashing the name.
    /// </summary>
    public int IndexOfRecordName(string name)
    {
        var home = RuntimeHelpers.GetHashCode(name);
        var free = -1;
        for (var i = 0; i < NameProbes; i++)
        {
            var at = unchecked(home + i) & (NameSlots - 1);
            var cached = Volatile.Read(ref _recordNames[at]);
            if (cached is null)
            {
                free = free < 0 ? at : free;
            }
            else if (ReferenceEquals(cached.Name, name))
            {
                return cached.Index;
            }
        }

        // Slots hold immutable entries, so a racing reader sees a whole entry or none; a full neighbourhood
        // overwrites its first slot (a later miss there only costs a dictionary lookup).
        var index = IndexOf(name);
        Volatile.Write(ref _recordNames[free < 0 ? home & (NameSlots - 1) : free], new NameSlot(name, index));
        return index;
    }

    /// <summary>Whether this view describes the snapshot's warehouses exactly (same records, lists and defaults).</summary>
    public bool Matches(SupplySnapshot snapshot)
    {
        if (snapshot.Sources.HolidayLists != _holidayListsReadable || snapshot.WarehouseValues.Count != _records.Length)
        {
            return false;
        }

        var i = 0;
        foreach (var record in snapshot.WarehouseValues)
        {
            if (!ReferenceEquals(record, _records[i++]))
            {
                return false;
            }
        }

        foreach (var (name, list) in _lists)
        {
            if (!ReferenceEquals(snapshot.HolidayLists.GetValueOrDefault(name), list))
            {
                return false;
            }
        }

        foreach (var (company, list) in _companies)
        {
            if (!string.Equals(snapshot.CompanyDefaultHolidayLists.GetValueOrDefault(company), list, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The carrier's calendar: its weekly offs, and its holiday list only when one is configured.</summary>
    public WorkCalendar CarrierCalendar(CompiledCarrier carrier, bool noWeekends)
    {
        ref var slot = ref _carrierCalendars[(carrier.Index * 2) + (noWeekends ? 0 : 1)];
        var calendar = Volatile.Read(ref slot);
        if (calendar is null)
        {
            calendar = _cache.Get(CarrierLists[carrier.Index], carrier.OffMask, noWeekends);
            calendar = Interlocked.CompareExchange(ref slot, calendar, null) ?? calendar;
        }

        return calendar;
    }

    /// <summary>A carrier holiday list that applies but could not be read, else null.</summary>
    public string? UnavailableCarrierList(CompiledCarrier carrier) =>
        carrier.HolidayList is not null && !_holidayListsReadable && CarrierLists[carrier.Index] is null ? carrier.HolidayList : null;

    private HolidayList? Resolve(SupplySnapshot snapshot, string name)
    {
        var list = snapshot.HolidayLists.GetValueOrDefault(name);
        if (!_lists.Exists(l => l.Name == name))
        {
            _lists.Add((name, list));
        }

        return list;
    }

    private WarehouseInfo Describe(SupplySnapshot snapshot, int index, WarehouseRecord record)
    {
        var rules = _rules.Source;
        var rule = _rules.WarehouseRule(record.Name);
        var fulfills = !record.IsGroup && !record.Disabled && !record.IsRejectedWarehouse &&
            !string.Equals(record.WarehouseType, "Transit", StringComparison.OrdinalIgnoreCase) &&
            !record.Name.StartsWith("Work In Progress", StringComparison.OrdinalIgnoreCase) &&
            !_rules.IsExcluded(record.Name) && (rule?.Fulfills ?? true) &&
            (rules.Company is null || string.Equals(rules.Company, record.Company, StringComparison.OrdinalIgnoreCase));
        var listName = rule?.HolidayList ?? rules.HolidayList;
        if (listName is null && record.Company is not null)
        {
            listName = snapshot.CompanyDefaultHolidayLists.GetValueOrDefault(record.Company);
            if (!_companies.Exists(c => c.Company == record.Company))
            {
                _companies.Add((record.Company, listName));
            }
        }

        var list = listName is null ? null : Resolve(snapshot, listName);
        var zone = rule?.TimeZone ?? TimeZoneInfo.Utc;
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
            Zone = ZoneTable.For(zone),
            HolidayListName = listName,
            HolidayList = list,
            HolidayListUnavailable = listName is not null && list is null && !_holidayListsReadable,
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

    private sealed record NameSlot(string Name, int Index);
}
