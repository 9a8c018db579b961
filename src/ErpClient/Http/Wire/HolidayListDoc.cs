using System.Text.Json.Serialization;

namespace Promise.ErpClient.Http.Wire;

/// <summary>A <c>Holiday List</c> document with its <c>holidays</c> child table.</summary>
internal sealed record HolidayListDoc(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("holidays")] IReadOnlyList<HolidayRow>? Holidays);
