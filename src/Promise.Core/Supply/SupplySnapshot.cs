using System.Runtime.InteropServices;

namespace Promise.Core.Supply;

/// <summary>
/// Everything read from ERPNext that a promise is computed from (promise-rules §1): immutable,
/// indexed once at construction, and safe to share between threads and requests.
/// Item codes and warehouse names match case-insensitively, as ERPNext (MariaDB) matches them.
/// </summary>
public sealed class SupplySnapshot
{
    private static readonly IReadOnlyList<BinRecord> NoBins = [];
    private static readonly IReadOnlyList<PurchaseOrderLine> NoLines = [];

    private readonly Dictionary<string, ItemRecord> _items;
    private readonly Dictionary<string, WarehouseRecord> _warehouses;
    private readonly Dictionary<string, ItemSupply> _supply;
    private readonly Dictionary<string, HolidayList> _holidayLists;
    private readonly Dictionary<string, string> _companyHolidayLists;

    /// <summary>Builds and indexes a snapshot. Later duplicates (same item and warehouse, same PO line) are dropped.</summary>
    /// <param name="items">Item masters (at least those of the request).</param>
    /// <param name="warehouses">Every warehouse of the site (the tree is needed for group restriction).</param>
    /// <param name="bins">Bins of the requested items.</param>
    /// <param name="purchaseOrderLines">Open PO lines of the requested items.</param>
    /// <param name="holidayLists">Holiday lists that could be read, by name.</param>
    /// <param name="companyDefaultHolidayLists">Company name to its default holiday list name.</param>
    /// <param name="sources">Which sources could be read.</param>
    /// <param name="dataAsOf">Instant at which the oldest data used was read from ERPNext (or the fixture loaded).</param>
    /// <param name="degraded">True when stale data past its TTL was served because a refresh failed.</param>
    public SupplySnapshot(
        IEnumerable<ItemRecord> items,
        IEnumerable<WarehouseRecord> warehouses,
        IEnumerable<BinRecord> bins,
        IEnumerable<PurchaseOrderLine> purchaseOrderLines,
        IEnumerable<HolidayList>? holidayLists = null,
        IReadOnlyDictionary<string, string>? companyDefaultHolidayLists = null,
        SourceAvailability? sources = null,
        DateTimeOffset dataAsOf = default,
        bool degraded = false)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(warehouses);
        ArgumentNullException.ThrowIfNull(bins);
        ArgumentNullException.ThrowIfNull(purchaseOrderLines);

        var comparer = StringComparer.OrdinalIgnoreCase;
        _items = new Dictionary<string, ItemRecord>(comparer);
        _supply = new Dictionary<string, ItemSupply>(comparer);
        foreach (var item in items)
        {
            if (_items.TryAdd(item.ItemCode, item))
            {
                SupplyEntry(item.ItemCode).Item = item;
            }
        }

        _warehouses = new Dictionary<string, WarehouseRecord>(comparer);
        foreach (var warehouse in warehouses)
        {
            _warehouses.TryAdd(warehouse.Name, warehouse);
        }

        var seenBins = new HashSet<(string, string)>(BinKeyComparer.Instance);
        foreach (var bin in bins)
        {
            if (!seenBins.Add((bin.ItemCode, bin.Warehouse)))
            {
                continue;
            }

            (SupplyEntry(bin.ItemCode).Bins ??= []).Add(bin);
        }

        var seenLines = new HashSet<(string, int)>(PoLineKeyComparer.Instance);
        foreach (var line in purchaseOrderLines)
        {
            if (!seenLines.Add((line.PoName, line.Idx)))
            {
                continue;
            }

            (SupplyEntry(line.ItemCode).Lines ??= []).Add(line);
        }

        // Every Bin and PO line gets a dense number in this snapshot (its item's base, then Bins, then lines):
        // a shared session's ledger finds what earlier orders took from it by array index.
        var slots = 0;
        foreach (var supply in _supply.Values)
        {
            supply.SlotBase = slots;
            slots += (supply.Bins?.Count ?? 0) + (supply.Lines?.Count ?? 0);
        }

        RecordSlots = slots;
        _holidayLists = new Dictionary<string, HolidayList>(comparer);
        foreach (var holidayList in holidayLists ?? [])
        {
            _holidayLists.TryAdd(holidayList.Name, holidayList);
        }

        _companyHolidayLists = new Dictionary<string, string>(comparer);
        foreach (var (company, list) in companyDefaultHolidayLists ?? new Dictionary<string, string>())
        {
            _companyHolidayLists.TryAdd(company, list);
        }

        Sources = sources ?? SourceAvailability.All;
        DataAsOf = dataAsOf;
        Degraded = degraded;
    }

    /// <summary>Which sources could be read.</summary>
    public SourceAvailability Sources { get; }

    /// <summary>Instant at which the oldest data in this snapshot was read.</summary>
    public DateTimeOffset DataAsOf { get; }

    /// <summary>True when stale data past its TTL was used because a refresh failed.</summary>
    public bool Degraded { get; }

    /// <summary>Every warehouse, keyed case-insensitively by name.</summary>
    public IReadOnlyDictionary<string, WarehouseRecord> Warehouses => _warehouses;

    /// <summary>The warehouses in insertion order, enumerable without allocating (the engine's reuse check).</summary>
    internal Dictionary<string, WarehouseRecord>.ValueCollection WarehouseValues => _warehouses.Values;

    /// <summary>Every item master, keyed case-insensitively by item code.</summary>
    public IReadOnlyDictionary<string, ItemRecord> Items => _items;

    /// <summary>Every holiday list that could be read, keyed case-insensitively by name.</summary>
    public IReadOnlyDictionary<string, HolidayList> HolidayLists => _holidayLists;

    /// <summary>Company name to default holiday list name.</summary>
    public IReadOnlyDictionary<string, string> CompanyDefaultHolidayLists => _companyHolidayLists;

    /// <summary>The item master, or null when the item is unknown.</summary>
    public ItemRecord? FindItem(string itemCode) => _items.TryGetValue(itemCode, out var item) ? item : null;

    /// <summary>The warehouse, or null when unknown.</summary>
    public WarehouseRecord? FindWarehouse(string name) => _warehouses.TryGetValue(name, out var warehouse) ? warehouse : null;

    /// <summary>The Bins of an item (any order); empty when it has none.</summary>
    public IReadOnlyList<BinRecord> BinsOf(string itemCode) =>
        _supply.TryGetValue(itemCode, out var supply) && supply.Bins is { } bins ? bins : NoBins;

    /// <summary>The open PO lines of an item (any order); empty when it has none.</summary>
    public IReadOnlyList<PurchaseOrderLine> PurchaseOrderLinesOf(string itemCode) =>
        _supply.TryGetValue(itemCode, out var supply) && supply.Lines is { } lines ? lines : NoLines;

    /// <summary>The item master, Bins and PO lines of an item in one lookup (the engine's path); null when none of them exists.</summary>
    /// <summary>How many Bins and PO lines the snapshot holds (the range of <see cref="ItemSupply.SlotBase"/> numbers).</summary>
    internal int RecordSlots { get; }

    // TryGetValue, not GetValueOrDefault: that extension calls the dictionary through IReadOnlyDictionary (an
    // interface call per line on the engine's hot path).
    internal ItemSupply? SupplyOf(string itemCode) => _supply.TryGetValue(itemCode, out var supply) ? supply : null;

    private ItemSupply SupplyEntry(string itemCode)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_supply, itemCode, out _);
        return entry ??= new ItemSupply();
    }

    private sealed class BinKeyComparer : IEqualityComparer<(string Item, string Warehouse)>
    {
        public static readonly BinKeyComparer Instance = new();

        public bool Equals((string Item, string Warehouse) x, (string Item, string Warehouse) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Item, y.Item) &&
            StringComparer.OrdinalIgnoreCase.Equals(x.Warehouse, y.Warehouse);

        public int GetHashCode((string Item, string Warehouse) obj) => HashCode.Combine(
            StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item),
            StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Warehouse));
    }

    private sealed class PoLineKeyComparer : IEqualityComparer<(string Po, int Idx)>
    {
        public static readonly PoLineKeyComparer Instance = new();

        public bool Equals((string Po, int Idx) x, (string Po, int Idx) y) =>
            x.Idx == y.Idx && StringComparer.OrdinalIgnoreCase.Equals(x.Po, y.Po);

        public int GetHashCode((string Po, int Idx) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Po), obj.Idx);
    }
}
