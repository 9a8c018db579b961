using Promise.Core.Facts;
using Promise.Core.Requests;

namespace Promise.Core.Results;

/// <summary>The promise for one order: every field of the wire response, as values (api-contract.md).</summary>
public sealed record PromiseResult
{
    /// <summary>Echoed from the request.</summary>
    public string? OrderId { get; init; }

    /// <summary>Echoed from the request.</summary>
    public string? Customer { get; init; }

    /// <summary>Echoed from the request.</summary>
    public string? SalesOrderId { get; init; }

    /// <summary>Order status.</summary>
    public required OrderStatus Status { get; init; }

    /// <summary><c>Status == Ok</c>.</summary>
    public bool CanFulfill => Status == OrderStatus.Ok;

    /// <summary>The promised date after the desired-date mode; null when the order cannot be fulfilled.</summary>
    public DateOnly? PromiseDate { get; init; }

    /// <summary>Latest line delivery date when every applicable line is covered; else null.</summary>
    public DateOnly? PromiseDateRaw { get; init; }

    /// <summary>Earliest allocation delivery date (the order's date under <c>complete</c>); null if none.</summary>
    public DateOnly? FirstDeliveryDate { get; init; }

    /// <summary>Echoed desired date.</summary>
    public DateOnly? DesiredDate { get; init; }

    /// <summary>The desired-date mode applied.</summary>
    public DesiredDateMode DesiredDateMode { get; init; }

    /// <summary>Whether the promise (or raw date) is on or before the desired date; null without either.</summary>
    public bool? OnTime { get; init; }

    /// <summary>True when NO_EARLY_DELIVERY moved the promise to the desired date.</summary>
    public bool AdjustedDueToNoEarlyDelivery { get; init; }

    /// <summary>Confidence of the promise.</summary>
    public required Confidence Confidence { get; init; }

    /// <summary>Order before this UTC instant to keep the promise date (promise-rules §6); null when no stock cutoff matters.</summary>
    public DateTimeOffset? OrderBy { get; init; }

    /// <summary>Per-line plans, in request order.</summary>
    public required IReadOnlyList<LinePlan> Plan { get; init; }

    /// <summary>Facts that explain the dates (one per allocation and per rule that moved a date).</summary>
    public required IReadOnlyList<PromiseFact> Reasons { get; init; }

    /// <summary>Facts that explain why something cannot be promised.</summary>
    public required IReadOnlyList<PromiseFact> Blockers { get; init; }

    /// <summary>Computed suggestions.</summary>
    public required IReadOnlyList<PromiseOption> Options { get; init; }

    /// <summary>Copied from the snapshot: when the oldest data used was read.</summary>
    public DateTimeOffset DataAsOf { get; init; }

    /// <summary>Copied from the snapshot: stale data was used because a refresh failed.</summary>
    public bool Degraded { get; init; }

    /// <summary>
    /// True when this answer should consume supply in a <c>shared</c> bulk batch (promise-rules §7):
    /// false for STRICT_FAIL rejections and for short orders under fill policy <c>complete</c>.
    /// </summary>
    public bool Ships { get; init; } = true;
}
