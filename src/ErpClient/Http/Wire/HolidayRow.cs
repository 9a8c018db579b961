using System.Text.Json.Serialization;

namespace Promise.ErpClient.Http.Wire;

/// <summary>One <c>Holiday</c> child row.</summary>
internal sealed record HolidayRow(
    [property: JsonPropertyName("holiday_date")] string? HolidayDate,
    [property: JsonPropertyName("weekly_off")] int WeeklyOff);
