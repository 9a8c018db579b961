using ErpNext.Fake.Tests.Support;

namespace ErpNext.Fake.Tests;

/// <summary>erpnext-api.md §2: child tables are read through the parent with backticked child columns.</summary>
public sealed class ChildTableTests : FakeSiteTest
{
    private const string PurchaseOrderFields =
        "[\"name\",\"supplier\",\"status\",\"company\"," +
        "\"`tabPurchase Order Item`.name as po_item\"," +
        "\"`tabPurchase Order Item`.item_code\",\"`tabPurchase Order Item`.warehouse\"," +
        "\"`tabPurchase Order Item`.qty\",\"`tabPurchase Order Item`.received_qty\"," +
        "\"`tabPurchase Order Item`.conversion_factor\",\"`tabPurchase Order Item`.stock_qty\"," +
        "\"`tabPurchase Order Item`.schedule_date as item_schedule_date\"," +
        "\"`tabPurchase Order Item`.expected_delivery_date\"," +
        "\"`tabPurchase Order Item`.delivered_by_supplier\"]";

    private const string OpenOrderFilters =
        "[[\"Purchase Order\",\"docstatus\",\"=\",1]," +
        "[\"Purchase Order\",\"status\",\"not in\",[\"Closed\",\"Completed\",\"On Hold\",\"Delivered\"]]," +
        "[\"Purchase Order Item\",\"item_code\",\"in\",[\"SKU-001\",\"SKU-002\"]]]";

    private const string OrderBy = "`tabPurchase Order`.name asc, `tabPurchase Order Item`.idx asc";

    [Fact]
    public async Task PurchaseOrder_WithChildColumnsAndFourElementFilters_AnswersExactlyAsErpNextApiMdShows()
    {
        var (status, _, text) = await GetAsync(ResourcePath("Purchase Order",
            ("fields", PurchaseOrderFields), ("filters", OpenOrderFilters), ("order_by", OrderBy),
            ("limit_start", "0"), ("limit_page_length", "500")));

        Assert.Equal(200, status);
        Assert.StartsWith(
            "{\"data\":[{\"name\":\"PUR-ORD-2025-00012\",\"supplier\":\"Widget Supplies Ltd\",\"status\":\"To Receive and Bill\",\"company\":\"Acme Corp\"," +
            "\"po_item\":\"b6c1f0a2d9\",\"item_code\":\"SKU-001\",\"warehouse\":\"Stores - AC\",\"qty\":10.0,\"received_qty\":4.0,\"conversion_factor\":12.0," +
            "\"stock_qty\":120.0,\"item_schedule_date\":\"2025-03-10\",\"expected_delivery_date\":\"2025-03-12\",\"delivered_by_supplier\":0},",
            text);
    }

    [Fact]
    public async Task PurchaseOrder_WithChildColumns_ReturnsOneRowPerMatchingChildRow()
    {
        var rows = await RowsAsync("Purchase Order",
            ("fields", PurchaseOrderFields), ("filters", OpenOrderFilters), ("order_by", OrderBy), ("limit_page_length", "500"));

        Assert.Equal(
            ["PUR-ORD-2025-00012/SKU-001", "PUR-ORD-2025-00012/SKU-002", "PUR-ORD-2025-00014/SKU-001"],
            rows.Select(r => r.GetProperty("name").GetString() + "/" + r.GetProperty("item_code").GetString()));
        Assert.Equal(3, rows.Select(r => r.GetProperty("po_item").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task PurchaseOrder_ChildFilterOnDropShip_KeepsOnlyMatchingLines()
    {
        var rows = await RowsAsync("Purchase Order",
            ("fields", "[\"name\",\"`tabPurchase Order Item`.item_code\",\"`tabPurchase Order Item`.conversion_factor\"]"),
            ("filters", "[[\"Purchase Order Item\",\"delivered_by_supplier\",\"=\",1]]"),
            ("order_by", OrderBy));

        Assert.Equal("{\"name\":\"PUR-ORD-2025-00014\",\"item_code\":\"SKU-003\",\"conversion_factor\":6.0}", rows.Single().GetRawText());
    }

    [Fact]
    public async Task PurchaseOrder_ChildNameWithoutAlias_OverwritesTheParentNameLikePython()
    {
        var rows = await RowsAsync("Purchase Order",
            ("fields", "[\"name\",\"`tabPurchase Order Item`.name\"]"),
            ("filters", "[[\"name\",\"=\",\"PUR-ORD-2025-00012\"]]"),
            ("order_by", OrderBy));

        Assert.Equal("b6c1f0a2d9", rows[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("Purchase Order Item")]
    [InlineData("Holiday")]
    public async Task ChildDoctype_WithoutParent_Is403PermissionErrorWithNoMessage(string doctype)
    {
        var (status, body, _) = await GetAsync(ResourcePath(doctype, ("fields", "[\"name\"]")));

        Assert.Equal(403, status);
        Assert.Equal("PermissionError", body.GetProperty("exc_type").GetString());
        Assert.False(body.TryGetProperty("_server_messages", out _));
    }

    [Fact]
    public async Task ChildDoctype_WithParent_ReturnsRowsOfAllParents()
    {
        var rows = await RowsAsync("Purchase Order Item",
            ("parent", "Purchase Order"),
            ("fields", "[\"parent\",\"item_code\",\"idx\"]"),
            ("order_by", "parent asc, idx asc"),
            ("limit_page_length", "0"));

        Assert.Equal(7, rows.Count);
        Assert.Equal(5, rows.Select(r => r.GetProperty("parent").GetString()).Distinct().Count());
        Assert.Equal("{\"parent\":\"PUR-ORD-2025-00012\",\"item_code\":\"SKU-001\",\"idx\":1}", rows[0].GetRawText());
    }

    [Fact]
    public async Task ChildDoctype_WithParent_CannotReadTheParentsStatus()
    {
        var (status, _, _) = await GetAsync(ResourcePath("Purchase Order Item", ("parent", "Purchase Order"), ("fields", "[\"status\"]")));

        Assert.Equal(417, status);
    }

    [Fact]
    public async Task ChildDoctype_WithAnotherParentDoctype_FindsNothing_AndWithAnUnknownOneIs403()
    {
        var other = await RowsAsync("Purchase Order Item", ("parent", "Item"), ("fields", "[\"name\"]"));
        var (unknown, _, _) = await GetAsync(ResourcePath("Purchase Order Item", ("parent", "Purchase Thing"), ("fields", "[\"name\"]")));

        Assert.Empty(other);
        Assert.Equal(403, unknown);
    }

    [Fact]
    public async Task ChildColumn_WithSpacesButWithoutBackticks_Is417LikeTheSqlErrorItWouldBe()
    {
        var (status, _, _) = await GetAsync(ResourcePath("Purchase Order", ("fields", "[\"tabPurchase Order Item.qty\"]")));

        Assert.Equal(417, status);
    }
}
