using System.Globalization;
using Promise.Core.Rules;

namespace Promise.Api.Configuration;

/// <summary>
/// Reads <c>Promise:*</c> (and <c>Erp:Company</c>) into the calculator's <see cref="ServiceRules"/>.
/// Bound by hand rather than with the configuration binder so that every broken key is reported at once,
/// by key, and never with its value (api-contract.md: a configuration error names the key, never the value).
/// </summary>
internal static class ServiceRulesReader
{
    private static readonly string[] CutoffFormats = ["HH:mm", "HH:mm:ss"];

    public static (ServiceRules Rules, PromiseLimits Limits, IReadOnlyList<string> Errors) Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var errors = new List<string>();
        var promise = configuration.GetSection("Promise");
        var weeklyOff = ReadDays(promise.GetSection("WeeklyOff"), errors);
        var rules = new ServiceRules
        {
            Warehouses = ReadWarehouses(promise.GetSection("Warehouses"), errors),
            ExcludedWarehouses = ReadStrings(promise.GetSection("ExcludedWarehouses")),
            WeeklyOff = weeklyOff ?? ServiceRules.DefaultWeeklyOff,
            HolidayList = NullIfBlank(promise["HolidayList"]),
            ShippingMethods = ServiceRules.MergeShippingMethods(ReadShippingMethods(promise.GetSection("ShippingMethods"), errors)),
            Company = NullIfBlank(configuration["Erp:Company"]),
        };
        var maxLines = ReadInt(promise, "MaxLinesPerOrder", errors, min: 1, max: 100_000) ?? PromiseLimits.DefaultMaxLinesPerOrder;
        return (rules, new PromiseLimits(maxLines), errors);
    }

    private static List<WarehouseRule> ReadWarehouses(IConfigurationSection section, List<string> errors)
    {
        var rules = new List<WarehouseRule>();
        foreach (var entry in section.GetChildren())
        {
            var name = NullIfBlank(entry["Name"]);
            if (name is null)
            {
                errors.Add($"{entry.Path}:Name is required");
                continue;
            }

            var rule = new WarehouseRule(name);
            rules.Add(rule with
            {
                Priority = ReadInt(entry, "Priority", errors, min: int.MinValue, max: int.MaxValue) ?? rule.Priority,
                ProcessingDays = ReadInt(entry, "ProcessingDays", errors, min: 0, max: 365) ?? rule.ProcessingDays,
                ReceivingDays = ReadInt(entry, "ReceivingDays", errors, min: 0, max: 365) ?? rule.ReceivingDays,
                Cutoff = ReadCutoff(entry, errors) ?? rule.Cutoff,
                TimeZone = ReadZone(entry, errors) ?? rule.TimeZone,
                HolidayList = NullIfBlank(entry["HolidayList"]),
                Fulfills = ReadBool(entry, "Fulfills", errors) ?? rule.Fulfills,
            });
        }

        return rules;
    }

    private static List<ShippingMethod> ReadShippingMethods(IConfigurationSection section, List<string> errors)
    {
        var methods = new List<ShippingMethod>();
        foreach (var entry in section.GetChildren())
        {
            var name = NullIfBlank(entry["Name"]);
            var transit = ReadInt(entry, "TransitDays", errors, min: 0, max: 365);
            if (name is null || transit is null)
            {
                errors.Add($"{entry.Path} needs Name and TransitDays");
                continue;
            }

            methods.Add(new ShippingMethod(name, transit.Value)
            {
                CarrierWeeklyOff = ReadDays(entry.GetSection("CarrierWeeklyOff"), errors),
                HolidayList = NullIfBlank(entry["HolidayList"]),
            });
        }

        return methods;
    }

    private static List<DayOfWeek>? ReadDays(IConfigurationSection section, List<string> errors)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0)
        {
            return null;
        }

        var days = new List<DayOfWeek>(children.Count);
        foreach (var child in children)
        {
            if (Enum.TryParse<DayOfWeek>(child.Value, ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(child.Value, out _))
            {
                days.Add(day);
            }
            else
            {
                errors.Add($"{child.Path} must be a weekday name such as Saturday");
            }
        }

        if (days.Distinct().Count() == 7)
        {
            errors.Add($"{section.Path} leaves no working day in the week");
        }

        return days;
    }

    private static TimeOnly? ReadCutoff(IConfigurationSection entry, List<string> errors)
    {
        var text = entry["Cutoff"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, CutoffFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var cutoff))
        {
            return cutoff;
        }

        errors.Add($"{entry.Path}:Cutoff must be a local time HH:mm such as 14:00");
        return null;
    }

    private static TimeZoneInfo? ReadZone(IConfigurationSection entry, List<string> errors)
    {
        var id = entry["TimeZone"];
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        errors.Add($"{entry.Path}:TimeZone must be an IANA time zone id such as Europe/Berlin");
        return null;
    }

    internal static int? ReadInt(IConfigurationSection section, string key, List<string> errors, int min, int max)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(min == int.MinValue
            ? $"{section.Path}:{key} must be a whole number"
            : $"{section.Path}:{key} must be a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        return null;
    }

    private static bool? ReadBool(IConfigurationSection section, string key, List<string> errors)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add($"{section.Path}:{key} must be true or false");
        return null;
    }

    private static List<string> ReadStrings(IConfigurationSection section) =>
        section.GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0).ToList();

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
