namespace Promise.Core.Rules;

/// <summary>Configured service rules of one warehouse (<c>Promise:Warehouses:N:*</c>); unset fields take the defaults.</summary>
/// <param name="Name">Warehouse name (matched case-insensitively).</param>
public sealed record WarehouseRule(string Name)
{
    /// <summary>Lower is preferred. Default 100.</summary>
    public int Priority { get; init; } = 100;

    /// <summary>Working days from ready to ship (&gt;= 0). Default 0.</summary>
    public int ProcessingDays { get; init; }

    /// <summary>Local time of day at or after which an order picks the next day. Default 14:00.</summary>
    public TimeOnly Cutoff { get; init; } = new(14, 0);

    /// <summary>The warehouse's time zone. Default UTC.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Working days from PO arrival to ready (&gt;= 0). Default 1.</summary>
    public int ReceivingDays { get; init; } = 1;

    /// <summary>Holiday list name; null falls back to <see cref="ServiceRules.HolidayList"/>, then the company's default.</summary>
    public string? HolidayList { get; init; }

    /// <summary>False excludes this warehouse from fulfilment. Default true.</summary>
    public bool Fulfills { get; init; } = true;
}
