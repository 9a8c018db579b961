using System.Text.Json;
using System.Text.Json.Serialization;

namespace Promise.Api.Contracts;

/// <summary>The wire <c>rules</c> object: per-request overrides, all optional.</summary>
public sealed record RequestRulesDto
{
    public bool? NoWeekends { get; set; }

    public string? CutoffTime { get; set; }

    public string? Timezone { get; set; }

    public int? ProcessingLeadTimeDays { get; set; }

    public int? LeadTimeBufferDays { get; set; }

    public string? DesiredDateMode { get; set; }

    /// <summary>How OTP clients send the order instant when <c>order_datetime</c> is absent.</summary>
    public string? OrderCreatedAt { get; set; }

    /// <summary>Unknown members: ignored, but kept so that a duplicate unknown key is rejected like any other.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
