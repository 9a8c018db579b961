using Promise.Core.Rules;

namespace Promise.Core.Allocation;

/// <summary>The service rules validated and compiled once per engine (masks, lookups).</summary>
internal sealed class CompiledRules
{
    private readonly Dictionary<string, WarehouseRule> _warehouseRules = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _excluded = new(StringComparer.OrdinalIgnoreCase);
    private readonly CompiledCarrier[] _carriers;

    public CompiledRules(ServiceRules rules)
    {
        Source = rules;
        var errors = new List<string>();
        WeeklyOffMask = Mask(rules.WeeklyOff);
        if (WeeklyOffMask == 0x7F)
        {
            errors.Add("WeeklyOff: every day of the week is off, so no 366-day window has a working day");
        }

        foreach (var rule in rules.Warehouses)
        {
            if (rule.ProcessingDays < 0)
            {
                errors.Add($"Warehouses[{rule.Name}].ProcessingDays: must be >= 0");
            }

            if (rule.ReceivingDays < 0)
            {
                errors.Add($"Warehouses[{rule.Name}].ReceivingDays: must be >= 0");
            }

            _warehouseRules.TryAdd(rule.Name, rule);
        }

        foreach (var name in rules.ExcludedWarehouses)
        {
            _excluded.Add(name);
        }

        _carriers = new CompiledCarrier[rules.ShippingMethods.Count];
        for (var i = 0; i < _carriers.Length; i++)
        {
            var method = rules.ShippingMethods[i];
            var mask = method.CarrierWeeklyOff is null ? WeeklyOffMask : Mask(method.CarrierWeeklyOff);
            if (mask == 0x7F)
            {
                errors.Add($"ShippingMethods[{method.Name}].CarrierWeeklyOff: every day of the week is off, so no 366-day window has a working day");
            }

            if (method.TransitDays < 0)
            {
                errors.Add($"ShippingMethods[{method.Name}].TransitDays: must be >= 0");
            }

            _carriers[i] = new CompiledCarrier(i, method.Name, method.TransitDays, mask, method.HolidayList);
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid service rules: " + string.Join("; ", errors), nameof(rules));
        }
    }

    public ServiceRules Source { get; }

    /// <summary>Warehouse weekly offs, bit <c>(int)DayOfWeek</c>.</summary>
    public int WeeklyOffMask { get; }

    public int CarrierCount => _carriers.Length;

    public CompiledCarrier CarrierAt(int index) => _carriers[index];

    public WarehouseRule? WarehouseRule(string name) => _warehouseRules.GetValueOrDefault(name);

    public bool IsExcluded(string name) => _excluded.Contains(name);

    /// <summary>The configured carrier of that name (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The method is not configured (the edge validates requests first).</exception>
    public CompiledCarrier Carrier(string name)
    {
        foreach (var carrier in _carriers)
        {
            if (string.Equals(carrier.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return carrier;
            }
        }

        throw new ArgumentException($"Shipping method '{name}' is not configured", nameof(name));
    }

    private static int Mask(IReadOnlyList<DayOfWeek> days)
    {
        var mask = 0;
        foreach (var day in days)
        {
            mask |= 1 << (int)day;
        }

        return mask;
    }
}
