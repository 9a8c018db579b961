using System.Text.Json;
using System.Text.Json.Serialization;

namespace Promise.Api.Contracts;

/// <summary>The wire <c>rules</c> object: per-request overrides, all optional.</summary>
public sealed record RequestRulesDto
{
    public bool? NoWeekends { get; init; }

    public string? CutoffTime { get; init; }

    public string? Timezone { get; init; }

    public int? ProcessingLeadTimeDays { get; init; }

    public int? LeadTimeBufferDays { get; init; }

    public string? DesiredDateMode { get; init; }

    /// <summary>How OTP clients send the order instant when <c>order_datetime</c> is absent.</summary>
    public string? OrderCreatedAt { get; init; }

    /// <summary>Unknown members: ignored, but kept so that a duplicate unknown key is rejected like any other.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
