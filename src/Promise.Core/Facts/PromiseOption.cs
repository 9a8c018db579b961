namespace Promise.Core.Facts;

/// <summary>A computed suggestion (the wire's <c>options[]</c> entry); text comes from <see cref="FactText"/>.</summary>
/// <param name="Type">The kind of suggestion.</param>
public sealed record PromiseOption(OptionType Type)
{
    /// <summary>The line it concerns, if one.</summary>
    public string? LineId { get; init; }

    /// <summary>The item it concerns, if one.</summary>
    public string? ItemCode { get; init; }

    /// <summary>The alternative warehouse (<see cref="OptionType.AlternateWarehouse"/>) or the PO's warehouse.</summary>
    public string? Warehouse { get; init; }

    /// <summary>The purchase order (<see cref="OptionType.ExpeditePo"/>).</summary>
    public string? PoId { get; init; }

    /// <summary>The quantity concerned.</summary>
    public decimal? Qty { get; init; }

    /// <summary>The date the suggestion would give (earliest delivery with it).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The date without it (the current promise or line date).</summary>
    public DateOnly? CurrentDate { get; init; }
}
