namespace Promise.Core.Rules;

/// <summary>A carrier service (<c>Promise:ShippingMethods:N:*</c>).</summary>
/// <param name="Name">Method name, matched case-insensitively (<c>standard</c>, <c>express</c>).</param>
/// <param name="TransitDays">Carrier working days from ship to delivery (&gt;= 0).</param>
public sealed record ShippingMethod(string Name, int TransitDays)
{
    /// <summary>Carrier weekly off days; null means the warehouses' <see cref="ServiceRules.WeeklyOff"/>.</summary>
    public IReadOnlyList<DayOfWeek>? CarrierWeeklyOff { get; init; }

    /// <summary>Holiday list the carrier observes; null means none.</summary>
    public string? HolidayList { get; init; }
}
