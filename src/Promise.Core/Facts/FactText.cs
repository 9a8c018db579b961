using System.Globalization;
using Promise.Core.Results;

namespace Promise.Core.Facts;

/// <summary>Renders facts and options to the human-readable English lines of the wire contract.</summary>
public static class FactText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>One line of text for a reason or blocker.</summary>
    public static string Render(PromiseFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Kind switch
        {
            FactKind.Allocated => RenderAllocation(fact),
            FactKind.CutoffPassed =>
                $"Ordered at or after the {T(fact.Time)} cutoff of {fact.Warehouse}: picking starts {D(fact.Date)}",
            FactKind.NonWorkingDay =>
                $"{D(fact.Date)} is not a working day at {fact.Warehouse}: ready {D(fact.OtherDate)}",
            FactKind.OverduePurchaseOrder =>
                $"{fact.PoId} was expected {D(fact.Date)} and is overdue: planned as arriving {D(fact.OtherDate)}",
            FactKind.DeficitNetted =>
                $"{Q(fact.Qty)} x {fact.ItemCode} on open purchase orders into {fact.Warehouse} already cover demand promised to other orders",
            FactKind.HolidayListUnavailable =>
                $"Holiday list {fact.Name} could not be read from ERPNext: dates follow the weekly off days only",
            FactKind.NotApplicable =>
                $"{fact.ItemCode} (line {fact.LineId}) is not a stock item: no delivery date needed",
            FactKind.CompleteShipment =>
                $"Fill policy complete: all lines ship together and deliver {D(fact.Date)}",
            FactKind.NoEarlyDeliveryAdjusted =>
                $"No early delivery: promise moved from {D(fact.Date)} to the desired date {D(fact.OtherDate)}",
            FactKind.Shortage => RenderShortage(fact),
            FactKind.PurchaseOrdersUnavailable =>
                "Purchase-order data could not be read from ERPNext: short lines may be covered by open purchase orders",
            FactKind.DesiredDateMissed =>
                $"Promise {D(fact.Date)} is later than the desired date {D(fact.OtherDate)} (STRICT_FAIL)",
            _ => fact.Kind.ToString(),
        };
    }

    /// <summary>The description and impact of an option.</summary>
    public static (string Description, string Impact) Render(PromiseOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return option.Type switch
        {
            OptionType.SplitShipment => (
                $"Ship lines as they become ready instead of in one shipment: first delivery {D(option.Date)}",
                option.CurrentDate is null
                    ? "the covered lines ship instead of waiting for the short ones"
                    : $"first goods {Days(option.Date, option.CurrentDate)} earlier than {D(option.CurrentDate)}"),
            OptionType.AlternateWarehouse => (
                $"Fulfil line {option.LineId} ({option.ItemCode}) from {option.Warehouse}: delivery {D(option.Date)}",
                option.CurrentDate is null
                    ? "covers a line that is short in the requested warehouse"
                    : $"{Days(option.Date, option.CurrentDate)} earlier than {D(option.CurrentDate)}"),
            OptionType.ExpeditePo => (
                $"Expedite {option.PoId} ({Q(option.Qty)} x {option.ItemCode} into {option.Warehouse})",
                $"the order's date {D(option.CurrentDate)} depends on it"),
            _ => (option.Type.ToString(), string.Empty),
        };
    }

    private static string RenderAllocation(PromiseFact fact)
    {
        var a = fact.Allocation ?? throw new ArgumentException("Allocated fact without allocation", nameof(fact));
        var item = fact.ItemCode;
        return a.Source switch
        {
            SupplySource.Stock =>
                $"{Q(a.Qty)} x {item} from stock at {a.Warehouse}, ships {D(a.ShipReadyDate)}",
            SupplySource.PurchaseOrder =>
                $"{Q(a.Qty)} x {item} from {a.PoId} (expected {D(a.ExpectedDate)}{(a.Overdue == true ? ", overdue" : string.Empty)}) at {a.Warehouse}, ships {D(a.ShipReadyDate)}",
            SupplySource.LeadTime =>
                $"{Q(a.Qty)} x {item} procured within its lead time into {a.Warehouse}, ships {D(a.ShipReadyDate)}",
            SupplySource.Supplier =>
                $"{Q(a.Qty)} x {item} shipped directly by the supplier, delivers {D(a.DeliveryDate)}",
            _ => a.Source.ToString(),
        };
    }

    private static string RenderShortage(PromiseFact fact) => fact.Reason switch
    {
        ShortReason.UnknownItem => $"{fact.ItemCode} (line {fact.LineId}) is not a known item",
        ShortReason.ItemDisabled => $"{fact.ItemCode} (line {fact.LineId}) is disabled",
        ShortReason.EndOfLife => $"{fact.ItemCode} (line {fact.LineId}) reached its end of life on {D(fact.Date)}",
        ShortReason.InvalidWarehouse =>
            $"{fact.Warehouse} (line {fact.LineId}) is not a known fulfilment warehouse",
        ShortReason.BeyondHorizon =>
            $"{Q(fact.Qty)} x {fact.ItemCode} (line {fact.LineId}) would need a date beyond the 730-day horizon",
        _ => $"{Q(fact.Qty)} x {fact.ItemCode} (line {fact.LineId}) short: not enough stock, purchase orders or lead-time supply",
    };

    private static string D(DateOnly? date) => date?.ToString("yyyy-MM-dd", Inv) ?? "?";

    private static string T(TimeOnly? time) => time?.ToString("HH:mm", Inv) ?? "?";

    private static string Q(decimal? qty) => qty?.ToString("0.############################", Inv) ?? "?";

    private static string Days(DateOnly? earlier, DateOnly? later)
    {
        if (earlier is null || later is null)
        {
            return "some days";
        }

        var days = later.Value.DayNumber - earlier.Value.DayNumber;
        return days == 1 ? "1 day" : $"{days.ToString(Inv)} days";
    }
}
