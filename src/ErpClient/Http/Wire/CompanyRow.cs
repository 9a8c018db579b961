using System.Text.Json.Serialization;

namespace Promise.ErpClient.Http.Wire;

/// <summary>A <c>Company</c> list row.</summary>
internal sealed record CompanyRow(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("default_holiday_list")] string? DefaultHolidayList);
