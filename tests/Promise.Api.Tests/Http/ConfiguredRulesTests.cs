using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Promise.Api.Tests.Infrastructure;

namespace Promise.Api.Tests.Http;

/// <summary>Configured rules reach the calculator, and the holiday lists they name are read from ERPNext.</summary>
public sealed class ConfiguredRulesTests(FakeErpNext erp) : IClassFixture<FakeErpNext>
{
    [Fact]
    public async Task Promise_WarehouseHolidayListFromConfiguration_IsReadAndApplied()
    {
        await using var factory = TestApps.ErpNext(erp.Server.BaseUrl, ("Promise:Warehouses:0:HolidayList", "AC Stocktake"));
        using var client = factory.CreateClient();

        var line = await PromiseAsync(client, Fixtures.WorkedExampleRequest);

        // Tuesday 12-22 is the stocktake: stock is ready on Wednesday.
        Assert.Equal("2026-12-23", line["fulfillment"]![0]!["available_date"]!.GetValue<string>());
    }

    [Fact]
    public async Task Promise_ConfiguredShippingMethodAndProcessingDays_MoveTheDates()
    {
        await using var factory = TestApps.ErpNext(
            erp.Server.BaseUrl,
            ("Promise:Warehouses:0:ProcessingDays", "1"),
            ("Promise:ShippingMethods:0:Name", "freight"),
            ("Promise:ShippingMethods:0:TransitDays", "5"));
        using var client = factory.CreateClient();

        var line = await PromiseAsync(client, """
            {"order_datetime": "2026-12-21T15:00:00Z", "shipping_method": "Freight", "items": [{"item_code": "SKU-2", "qty": 1}]}
            """);

        var stock = line["fulfillment"]![0]!;
        Assert.Equal("2026-12-22", stock["available_date"]!.GetValue<string>());
        Assert.Equal("2026-12-23", stock["ship_ready_date"]!.GetValue<string>());
        Assert.Equal("2026-12-30", stock["delivery_date"]!.GetValue<string>());
    }

    private static async Task<JsonNode> PromiseAsync(HttpClient client, string json)
    {
        using var response = await client.PostAsync("/otp/promise", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["plan"]![0]!;
    }
}
