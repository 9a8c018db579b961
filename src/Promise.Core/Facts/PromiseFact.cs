using Promise.Core.Results;

namespace Promise.Core.Facts;

/// <summary>
/// A structured statement the calculator records while it promises; rendered to text only at the edge
/// (<see cref="FactText"/>). Which optional fields are set depends on <see cref="Kind"/>.
/// </summary>
/// <param name="Kind">What this fact says.</param>
public sealed record PromiseFact(FactKind Kind)
{
    /// <summary>The line it is about.</summary>
    public string? LineId { get; init; }

    /// <summary>The item it is about, as the request spelled it.</summary>
    public string? ItemCode { get; init; }

    /// <summary>A quantity in stock UOM.</summary>
    public decimal? Qty { get; init; }

    /// <summary>A warehouse.</summary>
    public string? Warehouse { get; init; }

    /// <summary>A purchase order.</summary>
    public string? PoId { get; init; }

    /// <summary>The main date of the fact (see <see cref="FactKind"/>).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>A second date (see <see cref="FactKind"/>).</summary>
    public DateOnly? OtherDate { get; init; }

    /// <summary>A local time of day (a cutoff).</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>A name (holiday list, shipping method).</summary>
    public string? Name { get; init; }

    /// <summary>For <see cref="FactKind.Shortage"/>: why.</summary>
    public ShortReason? Reason { get; init; }

    /// <summary>For <see cref="FactKind.Allocated"/>: the allocation.</summary>
    public Fulfillment? Allocation { get; init; }
}
