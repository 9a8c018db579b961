using System.Text.Json;
using Promise.Api.Contracts;
using Promise.Core.Facts;
using Promise.Core.Requests;
using Promise.Core.Results;

namespace Promise.Api.Tests.Contracts;

public class ResponseMapperTests
{
    private static readonly DateOnly Day = new(2026, 12, 22);

    [Fact]
    public void ToResponse_WritesContractJson()
    {
        var result = new PromiseResult
        {
            OrderId = "SO-1",
            Status = OrderStatus.CannotPromiseReliably,
            PromiseDateRaw = Day,
            DesiredDateMode = DesiredDateMode.NoEarlyDelivery,
            Confidence = Confidence.Low,
            OrderBy = new DateTimeOffset(2026, 12, 21, 15, 0, 0, TimeSpan.FromHours(1)),
            Plan =
            [
                new LinePlan("1", "SKU-1", 2.500m, 0.50m, LineStatus.Partial, null, ShortReason.InsufficientSupply,
                [
                    new Fulfillment(SupplySource.LeadTime, "Stores", 2.000m, Day, Day, Day.AddDays(3)),
                    new Fulfillment(SupplySource.Supplier, null, 1m, null, null, Day),
                ]),
            ],
            Reasons = [new PromiseFact(FactKind.NotApplicable) { ItemCode = "SVC", LineId = "2" }],
            Blockers = [new PromiseFact(FactKind.PurchaseOrdersUnavailable)],
            Options = [new PromiseOption(OptionType.ExpeditePo) { PoId = "PO-9", Qty = 4m, ItemCode = "SKU-1", Warehouse = "Stores", CurrentDate = Day }],
            DataAsOf = new DateTimeOffset(2026, 12, 21, 14, 59, 58, TimeSpan.Zero),
        };

        var json = JsonSerializer.Serialize(ResponseMapper.ToResponse(result), PromiseJsonContext.Default.PromiseResponse);

        Assert.Contains("\"status\":\"CANNOT_PROMISE_RELIABLY\",\"can_fulfill\":false", json, StringComparison.Ordinal);
        Assert.Contains("\"desired_date_mode\":\"NO_EARLY_DELIVERY\"", json, StringComparison.Ordinal);
        Assert.Contains("\"confidence\":\"LOW\",\"order_by\":\"2026-12-21T14:00:00Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"qty_required\":2.5,\"shortage\":0.5,\"status\":\"partial\",\"delivery_date\":null,\"reason\":\"insufficient_supply\"", json, StringComparison.Ordinal);
        Assert.Contains("{\"source\":\"lead_time\",\"warehouse\":\"Stores\",\"qty\":2,\"available_date\":\"2026-12-22\",\"ship_ready_date\":\"2026-12-22\",\"delivery_date\":\"2026-12-25\"}", json, StringComparison.Ordinal);
        Assert.Contains("{\"source\":\"supplier\",\"warehouse\":null,\"qty\":1,\"available_date\":null,\"ship_ready_date\":null,\"delivery_date\":\"2026-12-22\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"reasons\":[\"SVC (line 2) is not a stock item: no delivery date needed\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"options\":[{\"type\":\"expedite_po\",\"description\":\"Expedite PO-9 (4 x SKU-1 into Stores)\",\"impact\":\"the order\\u0027s date 2026-12-22 depends on it\",\"po_id\":\"PO-9\"}]", json, StringComparison.Ordinal);
        Assert.Contains("\"data_as_of\":\"2026-12-21T14:59:58Z\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("sales_order_id", json, StringComparison.Ordinal);
        Assert.DoesNotContain("index", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6.000", "6")]
    [InlineData("0.50", "0.5")]
    [InlineData("1234567.8900", "1234567.89")]
    [InlineData("0.0000001", "0.0000001")]
    [InlineData("-2.10", "-2.1")]
    public void Decimals_AreWrittenWithoutTrailingZeros(string value, string expected)
    {
        var qty = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var result = new PromiseResult
        {
            Status = OrderStatus.Ok,
            Confidence = Confidence.High,
            Plan =
            [
                new LinePlan("1", "A", qty, qty, LineStatus.Available, Day, null,
                    [new Fulfillment(SupplySource.Stock, "Stores", qty, Day, Day, Day)]),
            ],
            Reasons = [],
            Blockers = [],
            Options = [],
            DataAsOf = new DateTimeOffset(2026, 12, 21, 14, 59, 58, TimeSpan.Zero),
        };

        var json = JsonSerializer.Serialize(ResponseMapper.ToResponse(result), PromiseJsonContext.Default.PromiseResponse);

        Assert.Contains($"\"qty_required\":{expected},\"shortage\":{expected},", json, StringComparison.Ordinal);
        Assert.Contains($"\"warehouse\":\"Stores\",\"qty\":{expected},", json, StringComparison.Ordinal);
    }
}
