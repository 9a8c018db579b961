using System.Text.Json;
using System.Text.Json.Serialization;

namespace Promise.Api.Contracts;

/// <summary>One wire line (<c>items[]</c>).</summary>
public sealed record OrderLineDto
{
    public string? ItemCode { get; set; }

    /// <summary>A JSON number; a numeric string is rejected by the serializer (strict number handling).</summary>
    public decimal? Qty { get; set; }

    public string? Warehouse { get; set; }

    /// <summary>A JSON string or number, kept as text.</summary>
    [JsonConverter(typeof(LineIdConverter))]
    public string? LineId { get; set; }

    /// <summary>Unknown members: ignored, but kept so that a duplicate unknown key is rejected like any other.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
