using ErpNext.Fake.Tests.Support;

namespace ErpNext.Fake.Tests;

/// <summary>erpnext-api.md §1: without order_by the order is unspecified; order_by is an SQL fragment.</summary>
public sealed class OrderingTests : FakeSiteTest
{
    private static readonly (string, string)[] AllItemCodes = [("fields", "[\"item_code\"]"), ("limit_page_length", "0")];

    [Fact]
    public async Task List_WithoutOrderBy_OrderDiffersBetweenCalls_SoAClientRelyingOnItFails()
    {
        var first = Strings(await RowsAsync("Item", AllItemCodes), "item_code");
        var second = Strings(await RowsAsync("Item", AllItemCodes), "item_code");

        Assert.Equal(first.Order(), second.Order());
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task List_WithoutOrderBy_NeverReturnsTheFixtureOrder()
    {
        for (var call = 0; call < 5; call++)
        {
            var codes = Strings(await RowsAsync("Item", AllItemCodes), "item_code");
            Assert.NotEqual(Enumerable.Range(1, TestSite.StoreBins).Select(TestSite.Sku), codes);
        }
    }

    [Fact]
    public async Task List_OrderByMultipleKeysWithDirections_SortsByEachKeyInTurn()
    {
        var rows = await RowsAsync("Bin",
            ("fields", "[\"item_code\",\"warehouse\",\"reserved_qty\"]"),
            ("order_by", "reserved_qty desc, item_code asc"),
            ("limit_page_length", "0"));

        var keys = rows.Select(r => (Reserved: r.GetProperty("reserved_qty").GetDouble(), Code: r.GetProperty("item_code").GetString()!)).ToList();
        var expected = keys.OrderByDescending(k => k.Reserved).ThenBy(k => k.Code, StringComparer.OrdinalIgnoreCase).ToList();
        Assert.Equal(expected, keys);
        Assert.Equal(2.0, keys[0].Reserved);
    }

    [Fact]
    public async Task List_OrderByBacktickedTabColumn_IsAccepted()
    {
        var rows = await RowsAsync("Bin",
            ("fields", "[\"item_code\"]"),
            ("order_by", "`tabBin`.`actual_qty` desc"),
            ("limit_page_length", "3"));

        Assert.Equal(["SKU-030", "SKU-029", "SKU-028"], Strings(rows, "item_code"));
    }

    [Fact]
    public async Task List_OrderByDefaultsToAscending()
    {
        var rows = await RowsAsync("Item", ("fields", "[\"item_code\"]"), ("order_by", "lead_time_days"), ("limit_page_length", "2"));

        Assert.Equal(["SKU-001", "SKU-002"], Strings(rows, "item_code"));
    }

    [Fact]
    public async Task List_RowsTiedOnANonUniqueOrderBy_ComeInADifferentOrderEachCall()
    {
        (string, string)[] query = [("fields", "[\"item_code\"]"), ("order_by", "warehouse asc"), ("limit_page_length", "0")];

        var first = Strings(await RowsAsync("Bin", query), "item_code");
        var second = Strings(await RowsAsync("Bin", query), "item_code");

        Assert.Equal("SKU-001", first[0]);
        Assert.NotEqual(first, second);
    }
}
