using System.Text.Json.Serialization;

namespace Promise.Api.Contracts;

/// <summary>The problem+json members of an error (RFC 9457), as written inside a bulk error line.</summary>
public sealed record ErrorBody
{
    public required int Status { get; init; }

    public required string Title { get; init; }

    public required string Detail { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }
}
