using Promise.Core.Facts;
using Promise.Core.Requests;
using Promise.Core.Results;

namespace Promise.Api.Contracts;

/// <summary>Enum values as the wire writes them (api-contract.md) and reads them (case-insensitively).</summary>
internal static class WireNames
{
    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.Ok => "OK",
        OrderStatus.CannotFulfill => "CANNOT_FULFILL",
        _ => "CANNOT_PROMISE_RELIABLY",
    };

    public static string Of(Confidence confidence) => confidence switch
    {
        Confidence.High => "HIGH",
        Confidence.Medium => "MEDIUM",
        _ => "LOW",
    };

    public static string Of(DesiredDateMode mode) => mode switch
    {
        DesiredDateMode.NoEarlyDelivery => "NO_EARLY_DELIVERY",
        DesiredDateMode.StrictFail => "STRICT_FAIL",
        _ => "LATEST_ACCEPTABLE",
    };

    public static string Of(LineStatus status) => status switch
    {
        LineStatus.Available => "available",
        LineStatus.Backorder => "backorder",
        LineStatus.Partial => "partial",
        LineStatus.Unavailable => "unavailable",
        _ => "not_applicable",
    };

    public static string Of(ShortReason reason) => reason switch
    {
        ShortReason.UnknownItem => "unknown_item",
        ShortReason.ItemDisabled => "item_disabled",
        ShortReason.EndOfLife => "end_of_life",
        ShortReason.InvalidWarehouse => "invalid_warehouse",
        ShortReason.BeyondHorizon => "beyond_horizon",
        _ => "insufficient_supply",
    };

    public static string Of(SupplySource source) => source switch
    {
        SupplySource.Stock => "stock",
        SupplySource.PurchaseOrder => "purchase_order",
        SupplySource.LeadTime => "lead_time",
        _ => "supplier",
    };

    public static string Of(OptionType type) => type switch
    {
        OptionType.SplitShipment => "split_shipment",
        OptionType.AlternateWarehouse => "alternate_warehouse",
        _ => "expedite_po",
    };

    public static bool TryParseDesiredDateMode(string text, out DesiredDateMode mode)
    {
        foreach (var candidate in Enum.GetValues<DesiredDateMode>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                mode = candidate;
                return true;
            }
        }

        mode = default;
        return false;
    }

    public static bool TryParseFillPolicy(string text, out FillPolicy policy)
    {
        if (string.Equals(text, "partial", StringComparison.OrdinalIgnoreCase))
        {
            policy = FillPolicy.Partial;
            return true;
        }

        policy = FillPolicy.Complete;
        return string.Equals(text, "complete", StringComparison.OrdinalIgnoreCase);
    }
}
