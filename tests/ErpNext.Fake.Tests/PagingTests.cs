using ErpNext.Fake.Tests.Support;

namespace ErpNext.Fake.Tests;

/// <summary>erpnext-api.md §1: default page 20, limit_page_length / limit / limit_start, 0 = everything.</summary>
public sealed class PagingTests : FakeSiteTest
{
    [Fact]
    public async Task List_WithoutLimitPageLength_ReturnsOnlyTwentyRows_SoAClientForgettingItLosesData()
    {
        var rows = await RowsAsync("Bin", ("fields", "[\"item_code\"]"), ("order_by", "item_code asc"));

        Assert.Equal(20, rows.Count);
        Assert.True(TestSite.AllBins > rows.Count);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("")]
    public async Task List_LimitPageLengthZeroOrEmpty_ReturnsAllRowsAndIgnoresLimitStart(string length)
    {
        var rows = await RowsAsync("Bin", ("fields", "[\"name\"]"), ("limit_start", "25"), ("limit_page_length", length));

        Assert.Equal(TestSite.AllBins, rows.Count);
    }

    [Fact]
    public async Task List_LimitAlias_AppliesOnlyWhenLimitPageLengthIsAbsent()
    {
        var aliasOnly = await RowsAsync("Bin", ("limit", "5"), ("order_by", "name asc"));
        var both = await RowsAsync("Bin", ("limit", "5"), ("limit_page_length", "7"), ("order_by", "name asc"));

        Assert.Equal(5, aliasOnly.Count);
        Assert.Equal(7, both.Count);
    }

    [Fact]
    public async Task List_PagingWithLimitStartAndUniqueOrderBy_VisitsEveryRowExactlyOnce()
    {
        var seen = new List<string>();
        const int page = 7;
        for (var start = 0; ; start += page)
        {
            var rows = await RowsAsync("Bin",
                ("fields", "[\"item_code\",\"warehouse\"]"),
                ("order_by", "item_code asc, warehouse asc"),
                ("limit_start", start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("limit_page_length", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            seen.AddRange(rows.Select(r => r.GetProperty("item_code").GetString() + "|" + r.GetProperty("warehouse").GetString()));
            if (rows.Count < page)
            {
                break;
            }
        }

        Assert.Equal(TestSite.AllBins, seen.Count);
        Assert.Equal(TestSite.AllBins, seen.Distinct().Count());
        Assert.Equal("SKU-001|Goods In Transit - AC", seen[0]);
    }

    [Fact]
    public async Task List_LimitStartBeyondTheEnd_ReturnsEmptyData()
    {
        var (status, body, text) = await GetAsync(ResourcePath("Bin", ("limit_start", "500"), ("limit_page_length", "10"), ("order_by", "name asc")));

        Assert.Equal(200, status);
        Assert.Equal("{\"data\":[]}", text);
        Assert.Equal(0, body.GetProperty("data").GetArrayLength());
    }
}
