using System.Text.Json.Serialization;

namespace Promise.Api.Contracts;

/// <summary>The wire answer of <c>POST /otp/promise</c>, field for field as in api-contract.md.</summary>
public sealed record PromiseResponse
{
    /// <summary>Only in bulk answers: the request's 0-based position in the batch; written first.</summary>
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Index { get; init; }

    public string? OrderId { get; init; }

    public string? Customer { get; init; }

    /// <summary>Echoed when the request sent it (OTP clients do).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SalesOrderId { get; init; }

    public required string Status { get; init; }

    public bool CanFulfill { get; init; }

    public DateOnly? PromiseDate { get; init; }

    public DateOnly? PromiseDateRaw { get; init; }

    public DateOnly? FirstDeliveryDate { get; init; }

    public DateOnly? DesiredDate { get; init; }

    public required string DesiredDateMode { get; init; }

    public bool? OnTime { get; init; }

    public bool AdjustedDueToNoEarlyDelivery { get; init; }

    public required string Confidence { get; init; }

    /// <summary>UTC instant, <c>2026-12-21T14:00:00Z</c>.</summary>
    public string? OrderBy { get; init; }

    public required IReadOnlyList<LinePlanResponse> Plan { get; init; }

    public required IReadOnlyList<string> Reasons { get; init; }

    public required IReadOnlyList<string> Blockers { get; init; }

    public required IReadOnlyList<OptionResponse> Options { get; init; }

    /// <summary>UTC instant at which the oldest supply data used was read.</summary>
    public required string DataAsOf { get; init; }

    public bool Degraded { get; init; }
}
