namespace Promise.Core.Supply;

/// <summary>An ERPNext <c>Holiday List</c> document with its dated rows.</summary>
/// <param name="Name">The list's name.</param>
/// <param name="Holidays">Its rows, in any order; duplicates are harmless.</param>
public sealed record HolidayList(string Name, IReadOnlyList<Holiday> Holidays);
