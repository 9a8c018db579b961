namespace Promise.Core.Requests;

/// <summary>A validated promise request. The edge resolves defaults (order instant, line ids, time zones).</summary>
public sealed record PromiseRequest
{
    /// <summary>The instant the order is placed; the only notion of "now" the calculator has.</summary>
    public required DateTimeOffset OrderInstant { get; init; }

    /// <summary>The lines, in request order (allocation order).</summary>
    public required IReadOnlyList<OrderLine> Lines { get; init; }

    /// <summary>Echoed.</summary>
    public string? OrderId { get; init; }

    /// <summary>Echoed.</summary>
    public string? Customer { get; init; }

    /// <summary>Echoed (sent by OTP clients).</summary>
    public string? SalesOrderId { get; init; }

    /// <summary>The date the customer wants the goods by, if any.</summary>
    public DateOnly? DesiredDate { get; init; }

    /// <summary>A configured shipping method name. Default <c>standard</c>.</summary>
    public string ShippingMethod { get; init; } = "standard";

    /// <summary>Partial (default) or complete shipment.</summary>
    public FillPolicy FillPolicy { get; init; } = FillPolicy.Partial;

    /// <summary>Per-request overrides.</summary>
    public RequestRules Rules { get; init; } = RequestRules.None;
}
