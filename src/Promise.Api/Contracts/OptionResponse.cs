using System.Text.Json.Serialization;

namespace Promise.Api.Contracts;

/// <summary>The wire <c>options[]</c> entry.</summary>
public sealed record OptionResponse
{
    public required string Type { get; init; }

    public required string Description { get; init; }

    public required string Impact { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PoId { get; init; }
}
