using System.Text.Json;
using System.Text.Json.Serialization;

namespace Promise.Api.Contracts;

/// <summary>
/// The wire body of <c>POST /otp/promise</c> (api-contract.md). Everything is optional at this level
/// so that a missing or malformed field becomes a problem+json error naming it, not a serializer exception;
/// dates, instants and enum names stay strings until validation parses them. Members are settable (not
/// <c>init</c>) so the generated serializer sets them directly instead of going through its constructor
/// converter; <see cref="Validation.FastRequestReader"/> fills them the same way.
/// </summary>
public sealed record PromiseRequestDto
{
    public string? Customer { get; set; }

    public string? OrderId { get; set; }

    public string? SalesOrderId { get; set; }

    public string? OrderDatetime { get; set; }

    public IReadOnlyList<OrderLineDto?>? Items { get; set; }

    public string? DesiredDate { get; set; }

    public string? ShippingMethod { get; set; }

    public string? FillPolicy { get; set; }

    public RequestRulesDto? Rules { get; set; }

    /// <summary>Unknown members: ignored, but kept so that a duplicate unknown key is rejected like any other.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
