using System.Net.Http.Json;
using System.Text.Json;
using ErpNext.Fake.Generation;

namespace ErpNext.Fake.Tests.Generation;

/// <summary>A generated catalog served by the fake is internally consistent the way ERPNext keeps it.</summary>
public sealed class GeneratedSiteTests : IAsyncLifetime
{
    private FakeErpNextServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeErpNextServer.StartAsync(new FakeErpNextOptions
        {
            FixtureJson = CatalogGenerator.Generate(new CatalogOptions(300, 5, new DateOnly(2026, 11, 24))),
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GeneratedSite_BinOrderedQty_EqualsOpenStockQtyOfSubmittedNotClosedOrders()
    {
        var lines = await DataAsync("Purchase Order",
            "[\"`tabPurchase Order Item`.item_code\",\"`tabPurchase Order Item`.warehouse\",\"`tabPurchase Order Item`.qty\"," +
            "\"`tabPurchase Order Item`.received_qty\",\"`tabPurchase Order Item`.conversion_factor\"]",
            "[[\"Purchase Order\",\"docstatus\",\"=\",1],[\"Purchase Order\",\"status\",\"not in\",[\"Closed\",\"Delivered\"]],[\"Purchase Order Item\",\"delivered_by_supplier\",\"=\",0]]",
            "`tabPurchase Order`.name asc, `tabPurchase Order Item`.idx asc");
        var bins = await DataAsync("Bin", "[\"item_code\",\"warehouse\",\"ordered_qty\"]", "[]", "item_code asc, warehouse asc");

        var expected = lines
            .Where(l => l.GetProperty("qty").GetDouble() > l.GetProperty("received_qty").GetDouble())
            .GroupBy(l => (l.GetProperty("item_code").GetString(), l.GetProperty("warehouse").GetString()))
            .ToDictionary(g => g.Key, g => g.Sum(l => (l.GetProperty("qty").GetDouble() - l.GetProperty("received_qty").GetDouble()) * l.GetProperty("conversion_factor").GetDouble()));
        Assert.NotEmpty(expected);
        Assert.All(bins, b => Assert.Equal(
            expected.GetValueOrDefault((b.GetProperty("item_code").GetString(), b.GetProperty("warehouse").GetString())),
            b.GetProperty("ordered_qty").GetDouble(), 6));
    }

    private async Task<List<JsonElement>> DataAsync(string doctype, string fields, string filters, string orderBy)
    {
        var url = $"api/resource/{Uri.EscapeDataString(doctype)}?fields={Uri.EscapeDataString(fields)}&filters={Uri.EscapeDataString(filters)}" +
            $"&order_by={Uri.EscapeDataString(orderBy)}&limit_page_length=0";
        using var client = new HttpClient { BaseAddress = _server.BaseUrl };
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "token test-key:test-secret");
        var body = await client.GetFromJsonAsync<JsonElement>(url);
        return [.. body.GetProperty("data").EnumerateArray()];
    }
}
