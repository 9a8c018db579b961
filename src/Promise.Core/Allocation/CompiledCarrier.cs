namespace Promise.Core.Allocation;

/// <summary>A shipping method compiled at start-up: transit days, weekly-off mask and holiday list name.</summary>
internal sealed record CompiledCarrier(int Index, string Name, int TransitDays, int OffMask, string? HolidayList);
