using System.Text.Json;
using System.Text.Json.Serialization;

namespace Promise.Api.Contracts;

/// <summary>
/// The wire body of <c>POST /otp/promise</c> (api-contract.md). Everything is optional at this level
/// so that a missing or malformed field becomes a problem+json error naming it, not a serializer exception;
/// dates, instants and enum names stay strings until validation parses them.
/// </summary>
public sealed record PromiseRequestDto
{
    public string? Customer { get; init; }

    public string? OrderId { get; init; }

    public string? SalesOrderId { get; init; }

    public string? OrderDatetime { get; init; }

    public IReadOnlyList<OrderLineDto?>? Items { get; init; }

    public string? DesiredDate { get; init; }

    public string? ShippingMethod { get; init; }

    public string? FillPolicy { get; init; }

    public RequestRulesDto? Rules { get; init; }

    /// <summary>Unknown members: ignored, but kept so that a duplicate unknown key is rejected like any other.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
