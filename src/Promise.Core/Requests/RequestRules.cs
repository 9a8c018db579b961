namespace Promise.Core.Requests;

/// <summary>Per-request overrides of the service rules (the wire's <c>rules</c> object). Null means "not overridden".</summary>
public sealed record RequestRules
{
    /// <summary>No overrides.</summary>
    public static RequestRules None { get; } = new();

    /// <summary>False removes weekly off days (and <c>weekly_off</c> holiday rows) for warehouses and carriers.</summary>
    public bool NoWeekends { get; init; } = true;

    /// <summary>Replaces every warehouse's cutoff.</summary>
    public TimeOnly? CutoffTime { get; init; }

    /// <summary>Replaces every warehouse's time zone, and is the zone of the order date.</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>Replaces every warehouse's processing days (&gt;= 0).</summary>
    public int? ProcessingDays { get; init; }

    /// <summary>Replaces the shipping method's transit days (<c>lead_time_buffer_days</c>, &gt;= 0).</summary>
    public int? TransitDays { get; init; }

    /// <summary>How the desired date is applied.</summary>
    public DesiredDateMode DesiredDateMode { get; init; } = DesiredDateMode.LatestAcceptable;
}
