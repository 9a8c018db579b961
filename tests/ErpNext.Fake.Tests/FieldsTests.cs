using System.Text.Json;
using ErpNext.Fake.Tests.Support;

namespace ErpNext.Fake.Tests;

/// <summary>erpnext-api.md §1: <c>fields</c> is JSON; types and defaults of the values that come back.</summary>
public sealed class FieldsTests : FakeSiteTest
{
    [Fact]
    public async Task List_WithoutFields_ReturnsOnlyName()
    {
        var rows = await RowsAsync("Item", ("order_by", "name asc"), ("limit_page_length", "2"));

        Assert.All(rows, r => Assert.Equal(["name"], r.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("SKU-001", rows[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task List_FieldsStarAsBareString_Is500JsonDecodeError()
    {
        var (status, body, _) = await GetAsync(ResourcePath("Bin", ("fields", "*")));

        Assert.Equal(500, status);
        Assert.Equal("JSONDecodeError", body.GetProperty("exc_type").GetString());
    }

    [Fact]
    public async Task List_FieldsNotJson_Is500()
    {
        var (status, _, _) = await GetAsync(ResourcePath("Bin", ("fields", "[\"item_code\", actual_qty]")));

        Assert.Equal(500, status);
    }

    [Fact]
    public async Task List_FieldsStarList_ReturnsEveryParentField()
    {
        var rows = await RowsAsync("Bin", ("fields", "[\"*\"]"), ("filters", "[[\"item_code\",\"=\",\"SKU-005\"]]"));

        var names = rows.Single().EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("name", names);
        Assert.Contains("modified", names);
        Assert.Contains("reserved_qty_for_production_plan", names);
        Assert.Contains("reserved_stock", names);
        Assert.Contains("projected_qty", names);
        Assert.Contains("stock_uom", names);
    }

    [Fact]
    public async Task List_UnknownField_Is417DataErrorNamingTheField()
    {
        var (status, body, _) = await GetAsync(ResourcePath("Bin", ("fields", "[\"item_code\",\"qty_on_moon\"]")));

        Assert.Equal(417, status);
        Assert.Equal("DataError", body.GetProperty("exc_type").GetString());
        Assert.Equal(["Field not permitted in query: qty_on_moon"], ServerMessages(body));
    }

    [Fact]
    public async Task List_FieldWithAlias_ComesBackUnderTheAlias()
    {
        var rows = await RowsAsync("Bin", ("fields", "[\"item_code as sku\",\"actual_qty as on_hand\"]"), ("order_by", "item_code asc, warehouse asc"), ("limit_page_length", "1"));

        Assert.Equal("{\"sku\":\"SKU-001\",\"on_hand\":7.5}", rows[0].GetRawText());
    }

    [Fact]
    public async Task List_FloatFields_AreNumbersWithDecimalPoint_AndDefaultToZeroNotNull()
    {
        var (_, _, text) = await GetAsync(ResourcePath("Bin",
            ("fields", "[\"actual_qty\",\"reserved_qty\",\"reserved_stock\"]"),
            ("filters", "[[\"item_code\",\"=\",\"SKU-001\"],[\"warehouse\",\"=\",\"Stores - AC\"]]")));

        Assert.Equal("{\"data\":[{\"actual_qty\":1.0,\"reserved_qty\":0.0,\"reserved_stock\":0.0}]}", text);
    }

    [Fact]
    public async Task List_CheckAndIntFields_AreIntegers()
    {
        var rows = await RowsAsync("Item", ("fields", "[\"disabled\",\"lead_time_days\",\"is_stock_item\"]"), ("filters", "[[\"item_code\",\"=\",\"SKU-030\"]]"));

        Assert.Equal("{\"disabled\":1,\"lead_time_days\":30,\"is_stock_item\":1}", rows.Single().GetRawText());
    }

    [Fact]
    public async Task List_DateFields_AreIsoDatesOrNull()
    {
        var rows = await RowsAsync("Purchase Order Item",
            ("parent", "Purchase Order"),
            ("fields", "[\"schedule_date\",\"expected_delivery_date\"]"),
            ("filters", "[[\"parent\",\"=\",\"PUR-ORD-2025-00012\"]]"),
            ("order_by", "idx asc"));

        Assert.Equal("{\"schedule_date\":\"2025-03-10\",\"expected_delivery_date\":\"2025-03-12\"}", rows[0].GetRawText());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("expected_delivery_date").ValueKind);
    }

    [Fact]
    public async Task List_FieldsMissingFromTheFixture_TakeFrappeDefaults()
    {
        var rows = await RowsAsync("Item",
            ("fields", "[\"is_stock_item\",\"end_of_life\",\"has_variants\",\"safety_stock\",\"variant_of\"]"),
            ("filters", "{\"item_code\": \"SKU-002\"}"));

        Assert.Equal("{\"is_stock_item\":1,\"end_of_life\":\"2099-12-31\",\"has_variants\":0,\"safety_stock\":0.0,\"variant_of\":null}", rows.Single().GetRawText());
    }

    [Fact]
    public async Task List_Success_IsCompactJsonWithDataEnvelope()
    {
        using var response = await ListAsync("Warehouse", ("fields", "[\"name\",\"is_group\"]"), ("order_by", "name asc"), ("limit_page_length", "1"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("{\"data\":[{\"name\":\"All Warehouses - AC\",\"is_group\":1}]}", text);
    }

    [Fact]
    public async Task List_V1Path_AnswersLikeTheUnversionedPath()
    {
        var (status, body, _) = await GetAsync("api/v1/resource/Warehouse" + QueryString(("fields", "[\"name\",\"warehouse_type\",\"is_rejected_warehouse\"]"), ("order_by", "name asc")));

        Assert.Equal(200, status);
        var rows = body.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("Transit", rows.Single(r => r.GetProperty("name").GetString() == "Goods In Transit - AC").GetProperty("warehouse_type").GetString());
        Assert.Equal(1, rows.Single(r => r.GetProperty("name").GetString() == "Rejected - AC").GetProperty("is_rejected_warehouse").GetInt32());
    }
}
