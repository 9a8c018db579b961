namespace Promise.Core.Rules;

/// <summary>
/// The service rules of promise-rules §1, already bound from configuration. Immutable; defaults are
/// the documented ones, so <c>new ServiceRules()</c> is a valid rule set.
/// </summary>
public sealed record ServiceRules
{
    /// <summary>The built-in shipping methods: <c>standard</c> (3 days) and <c>express</c> (1 day).</summary>
    public static IReadOnlyList<ShippingMethod> DefaultShippingMethods { get; } =
        [new ShippingMethod("standard", 3), new ShippingMethod("express", 1)];

    /// <summary>The default weekly off days: Saturday and Sunday.</summary>
    public static IReadOnlyList<DayOfWeek> DefaultWeeklyOff { get; } = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Per-warehouse rules; warehouses not listed use the defaults of <see cref="WarehouseRule"/>.</summary>
    public IReadOnlyList<WarehouseRule> Warehouses { get; init; } = [];

    /// <summary>Warehouses that never fulfil (case-insensitive names).</summary>
    public IReadOnlyList<string> ExcludedWarehouses { get; init; } = [];

    /// <summary>Warehouse weekly off days; a configured list replaces the default.</summary>
    public IReadOnlyList<DayOfWeek> WeeklyOff { get; init; } = DefaultWeeklyOff;

    /// <summary>Holiday list for every warehouse without its own; null means the company's default.</summary>
    public string? HolidayList { get; init; }

    /// <summary>Shipping methods, already merged by name with <see cref="DefaultShippingMethods"/>.</summary>
    public IReadOnlyList<ShippingMethod> ShippingMethods { get; init; } = DefaultShippingMethods;

    /// <summary>When set, only this company's warehouses fulfil.</summary>
    public string? Company { get; init; }

    /// <summary>The rule configured for a warehouse, or null (defaults apply).</summary>
    public WarehouseRule? FindWarehouseRule(string warehouse)
    {
        foreach (var rule in Warehouses)
        {
            if (string.Equals(rule.Name, warehouse, StringComparison.OrdinalIgnoreCase))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>The shipping method of that name (case-insensitive), or null when not configured.</summary>
    public ShippingMethod? FindShippingMethod(string name)
    {
        foreach (var method in ShippingMethods)
        {
            if (string.Equals(method.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return method;
            }
        }

        return null;
    }

    /// <summary>Merges configured methods by name into the defaults (configured values win).</summary>
    public static IReadOnlyList<ShippingMethod> MergeShippingMethods(IEnumerable<ShippingMethod> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var merged = new List<ShippingMethod>(DefaultShippingMethods);
        foreach (var method in configured)
        {
            var index = merged.FindIndex(m => string.Equals(m.Name, method.Name, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                merged[index] = method;
            }
            else
            {
                merged.Add(method);
            }
        }

        return merged;
    }
}
