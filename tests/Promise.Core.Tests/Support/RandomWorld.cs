using System.Globalization;
using Promise.Core.Requests;
using Promise.Core.Rules;
using Promise.Core.Supply;

namespace Promise.Core.Tests.Support;

/// <summary>A seeded random world (warehouses in several zones, holidays, bins with deficits, POs) and random orders.</summary>
public sealed class RandomWorld
{
    private static readonly string[] ZoneIds = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo"];
    private static readonly DateOnly Base = new(2026, 12, 21);
    private readonly Random _random;

    /// <param name="seed">The seed.</param>
    /// <param name="zoneIds">Warehouse time zones to draw from (default: UTC, Berlin, New York, Tokyo).</param>
    /// <param name="nearHorizon">
    /// Put supply at the edge of the 730-day horizon: warehouses closed for about two years, PO lines and
    /// lead times arriving around day 730, end of life within days of the orders; so that an order date a
    /// day later reaches supply (or ends an item) that the order itself could not.
    /// </param>
    public RandomWorld(int seed, string[]? zoneIds = null, bool nearHorizon = false)
    {
        _random = new Random(seed);
        zoneIds ??= ZoneIds;
        var warehouseCount = _random.Next(1, 5);
        var rules = new List<WarehouseRule>();
        Scenario.Warehouse("All - AC", isGroup: true);
        for (var w = 0; w < warehouseCount; w++)
        {
            var name = $"W{w} - AC";
            Scenario.Warehouse(name, "All - AC");
            rules.Add(new WarehouseRule(name)
            {
                Priority = 10 * _random.Next(1, 4),
                ProcessingDays = _random.Next(0, 3),
                ReceivingDays = _random.Next(0, 3),
                Cutoff = new TimeOnly(_random.Next(0, 24), 15 * _random.Next(0, 4)),
                TimeZone = Zone(zoneIds[_random.Next(zoneIds.Length)]),
                HolidayList = nearHorizon && _random.Next(2) == 0 ? $"Closed {w}" : null,
            });
            if (nearHorizon)
            {
                // Closed from 10 days before the base date for 718-735 days: the first working day after the
                // orders lands a few days either side of their horizon.
                var closed = _random.Next(718, 736);
                Scenario.HolidayLists.Add(new HolidayList(
                    $"Closed {w}", [.. Enumerable.Range(-10, closed).Select(d => new Holiday(Base.AddDays(d), false))]));
            }
        }

        Scenario.Warehouses.Add(new WarehouseRecord("Closed - AC", Disabled: true, Company: "AC", ParentWarehouse: "All - AC"));
        WarehouseNames = [.. Scenario.Warehouses.Select(w => w.Name)];
        var holidays = Enumerable.Range(0, _random.Next(0, 8))
            .Select(_ => new Holiday(Base.AddDays(_random.Next(-5, 30)), _random.Next(4) == 0)).ToArray();
        Scenario.HolidayLists.Add(new HolidayList("H", holidays));
        Scenario.Rules = new ServiceRules { Warehouses = rules, HolidayList = "H" };

        for (var i = 0; i < 6; i++)
        {
            var code = $"I{i}";
            var roll = _random.Next(100);
            Scenario.Items.Add(new ItemRecord(
                code,
                Disabled: roll < 3,
                IsStockItem: roll is < 3 or >= 8,
                EndOfLife: _random.Next(nearHorizon ? 4 : 20) == 0 ? Base.AddDays(_random.Next(-3, 5)) : null,
                LeadTimeDays: _random.Next(3) == 0 ? (nearHorizon ? _random.Next(715, 740) : _random.Next(1, 40)) : 0,
                DeliveredBySupplier: roll is >= 8 and < 13));
            foreach (var warehouse in WarehouseNames.Skip(1))
            {
                if (_random.Next(10) < 7)
                {
                    Scenario.Bins.Add(new BinRecord(code, warehouse, Half(0, 40), Half(0, 25), _random.Next(4) == 0 ? Half(0, 6) : 0m));
                }
            }

            for (var p = _random.Next(0, 4); p > 0; p--)
            {
                var qty = Half(2, 40);
                var schedule = Base.AddDays(nearHorizon && _random.Next(2) == 0 ? _random.Next(715, 740) : _random.Next(-15, 25));
                Scenario.Pos.Add(new PurchaseOrderLine(
                    $"PO-{_random.Next(1, 6)}",
                    _random.Next(1, 9),
                    code,
                    WarehouseNames[_random.Next(1, WarehouseNames.Length)],
                    qty,
                    _random.Next(3) == 0 ? Half(0, (int)qty) : 0m,
                    new[] { 1m, 2m, 0.5m }[_random.Next(3)],
                    schedule,
                    _random.Next(3) == 0 ? schedule.AddDays(_random.Next(-3, 10)) : null));
            }
        }
    }

    public Scenario Scenario { get; } = new();

    public string[] WarehouseNames { get; }

    public static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    /// <summary>A random order; <paramref name="restrictions"/> false keeps every line unrestricted.</summary>
    public PromiseRequest NextOrder(bool restrictions = true)
    {
        var lines = new OrderLine[_random.Next(1, 6)];
        for (var l = 0; l < lines.Length; l++)
        {
            var item = _random.Next(30) == 0 ? "UNKNOWN" : $"I{_random.Next(6)}";
            item = _random.Next(5) == 0 ? item.ToLowerInvariant() : item;
            string? warehouse = null;
            if (restrictions && _random.Next(6) == 0)
            {
                warehouse = _random.Next(8) == 0 ? "Nowhere" : WarehouseNames[_random.Next(WarehouseNames.Length)];
            }

            lines[l] = new OrderLine((l + 1).ToString(CultureInfo.InvariantCulture), item, Half(1, 16), warehouse);
        }

        return new PromiseRequest
        {
            OrderInstant = new DateTimeOffset(Base.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(_random.Next(-10 * 1440, 10 * 1440)),
            Lines = lines,
            DesiredDate = _random.Next(2) == 0 ? Base.AddDays(_random.Next(-2, 25)) : null,
            ShippingMethod = _random.Next(3) == 0 ? "express" : "standard",
            FillPolicy = _random.Next(3) == 0 ? FillPolicy.Complete : FillPolicy.Partial,
            Rules = new RequestRules
            {
                NoWeekends = _random.Next(7) != 0,
                TimeZone = _random.Next(7) == 0 ? Zone(ZoneIds[_random.Next(ZoneIds.Length)]) : null,
                CutoffTime = _random.Next(10) == 0 ? new TimeOnly(_random.Next(24), 0) : null,
                ProcessingDays = _random.Next(10) == 0 ? _random.Next(0, 3) : null,
                TransitDays = _random.Next(10) == 0 ? _random.Next(0, 5) : null,
                DesiredDateMode = (DesiredDateMode)_random.Next(3),
            },
        };
    }

    /// <summary>Adds supply: more stock in a random bin, or a new PO line.</summary>
    public void AddSupply()
    {
        if (Scenario.Bins.Count > 0 && _random.Next(2) == 0)
        {
            var i = _random.Next(Scenario.Bins.Count);
            Scenario.Bins[i] = Scenario.Bins[i] with { ActualQty = Scenario.Bins[i].ActualQty + Half(1, 20) };
            return;
        }

        Scenario.Pos.Add(new PurchaseOrderLine(
            "PO-NEW", Scenario.Pos.Count + 100, $"I{_random.Next(6)}", WarehouseNames[_random.Next(1, WarehouseNames.Length)],
            Half(1, 20), 0m, 1m, Base.AddDays(_random.Next(-5, 20)), null));
    }

    private decimal Half(int min, int max) => _random.Next(min * 2, (max * 2) + 1) / 2m;
}
