namespace Promise.Core.Supply;

/// <summary>One dated row of an ERPNext holiday list.</summary>
/// <param name="Date">The non-working date.</param>
/// <param name="WeeklyOff">True for a materialised weekly off day (removed by <c>no_weekends = false</c>).</param>
public readonly record struct Holiday(DateOnly Date, bool WeeklyOff);
