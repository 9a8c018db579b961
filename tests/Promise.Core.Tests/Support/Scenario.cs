using Promise.Core.Allocation;
using Promise.Core.Requests;
using Promise.Core.Results;
using Promise.Core.Rules;
using Promise.Core.Supply;

namespace Promise.Core.Tests.Support;

/// <summary>A small mutable builder of snapshots, rules and requests for table tests.</summary>
public sealed class Scenario
{
    public List<ItemRecord> Items { get; } = [];

    public List<WarehouseRecord> Warehouses { get; } = [];

    public List<BinRecord> Bins { get; } = [];

    public List<PurchaseOrderLine> Pos { get; } = [];

    public List<HolidayList> HolidayLists { get; } = [];

    public Dictionary<string, string> CompanyLists { get; } = [];

    public SourceAvailability Sources { get; set; } = SourceAvailability.All;

    public ServiceRules Rules { get; set; } = new();

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The §8 worked example's data: Stores - AC, SKU-1 (5 actual, 2 reserved), PUR-ORD-0001 (10 due 12-23).</summary>
    public static Scenario WorkedExample()
    {
        var s = new Scenario
        {
            Rules = new ServiceRules { Warehouses = [new WarehouseRule("Stores - AC") { Priority = 10 }], HolidayList = "AC 2026" },
        };
        s.Warehouse("Stores - AC");
        s.Items.Add(new ItemRecord("SKU-1"));
        s.Bins.Add(new BinRecord("SKU-1", "Stores - AC", 5m, 2m));
        s.Po("PUR-ORD-0001", 1, "SKU-1", "Stores - AC", 10m, "2026-12-23");
        s.HolidayLists.Add(new HolidayList("AC 2026", [new Holiday(D("2026-12-25"), false)]));
        return s;
    }

    public Scenario Warehouse(string name, string? parent = null, bool isGroup = false, string company = "AC")
    {
        Warehouses.Add(new WarehouseRecord(name, IsGroup: isGroup, Company: company, ParentWarehouse: parent));
        return this;
    }

    public Scenario Item(string code, int leadTimeDays = 0) => Add(new ItemRecord(code, LeadTimeDays: leadTimeDays));

    public Scenario Add(ItemRecord item)
    {
        Items.Add(item);
        return this;
    }

    public Scenario Stock(string item, string warehouse, decimal actual, decimal reserved = 0m)
    {
        Bins.Add(new BinRecord(item, warehouse, actual, reserved));
        return this;
    }

    public Scenario Po(string name, int idx, string item, string warehouse, decimal qty, string schedule, string? expected = null, decimal received = 0m, decimal conversion = 1m)
    {
        Pos.Add(new PurchaseOrderLine(name, idx, item, warehouse, qty, received, conversion, D(schedule), expected is null ? null : D(expected)));
        return this;
    }

    public SupplySnapshot Snapshot() =>
        new(Items, Warehouses, Bins, Pos, HolidayLists, CompanyLists, Sources, At("2026-12-21T14:59:58Z"));

    public PromiseEngine Engine() => new(Rules);

    public PromiseResult Quote(PromiseRequest request) => Engine().Quote(Snapshot(), request);

    public static PromiseRequest Order(string at, params OrderLine[] lines) => new() { OrderInstant = At(at), Lines = lines };

    public static OrderLine Line(string item, decimal qty, string? warehouse = null, string id = "1") => new(id, item, qty, warehouse);
}
