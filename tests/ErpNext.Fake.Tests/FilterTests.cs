using ErpNext.Fake.Tests.Support;

namespace ErpNext.Fake.Tests;

/// <summary>erpnext-api.md §1: filter forms and operators, MariaDB's case-insensitive comparisons.</summary>
public sealed class FilterTests : FakeSiteTest
{
    private async Task<IReadOnlyList<string>> ValuesAsync(string doctype, string filters, string field = "item_code")
    {
        var rows = await RowsAsync(doctype, ("fields", $"[\"{field}\"]"), ("filters", filters), ("order_by", $"{field} asc"), ("limit_page_length", "0"));
        return Strings(rows, field);
    }

    [Fact]
    public async Task Filter_Equals_IsCaseInsensitiveLikeMariaDb()
    {
        var codes = await ValuesAsync("Item", "[[\"item_code\",\"=\",\"sku-007\"]]");

        Assert.Equal(["SKU-007"], codes);
    }

    [Fact]
    public async Task Filter_NotEquals_ExcludesTheValue()
    {
        var warehouses = await ValuesAsync("Warehouse", "[[\"name\",\"!=\",\"stores - ac\"]]", "name");

        Assert.Equal(["All Warehouses - AC", "Goods In Transit - AC", "Rejected - AC"], warehouses);
    }

    [Theory]
    [InlineData(">", 3)]
    [InlineData(">=", 4)]
    [InlineData("<", 26)]
    [InlineData("<=", 27)]
    public async Task Filter_NumericComparison_ComparesNumbers(string op, int expected)
    {
        var codes = await ValuesAsync("Item", $"[[\"lead_time_days\",\"{op}\",27]]");

        Assert.Equal(expected, codes.Count);
    }

    [Fact]
    public async Task Filter_NumericComparisonWithStringValue_CastsLikeFrappe()
    {
        var codes = await ValuesAsync("Bin", "[[\"actual_qty\",\">\",\"28.5\"]]");

        Assert.Equal(["SKU-029", "SKU-030"], codes);
    }

    [Fact]
    public async Task Filter_Like_SupportsPercentAndUnderscore_CaseInsensitive()
    {
        var percent = await ValuesAsync("Item", "[[\"item_code\",\"like\",\"sku-02%\"]]");
        var underscore = await ValuesAsync("Item", "[[\"item_code\",\"like\",\"SKU-0_5\"]]");

        Assert.Equal(10, percent.Count);
        Assert.Equal(["SKU-005", "SKU-015", "SKU-025"], underscore);
    }

    [Fact]
    public async Task Filter_NotLike_ExcludesMatches()
    {
        var codes = await ValuesAsync("Item", "[[\"item_code\",\"not like\",\"%0_\"]]");

        Assert.Equal(["SKU-010", "SKU-011", "SKU-012", "SKU-013", "SKU-014", "SKU-015", "SKU-016", "SKU-017", "SKU-018", "SKU-019",
            "SKU-020", "SKU-021", "SKU-022", "SKU-023", "SKU-024", "SKU-025", "SKU-026", "SKU-027", "SKU-028", "SKU-029", "SKU-030"], codes);
    }

    [Theory]
    [InlineData("[[\"item_code\",\"in\",[\"SKU-003\",\"sku-001\",\"SKU-999\"]]]")]
    [InlineData("[[\"item_code\",\"in\",\"SKU-003, sku-001,SKU-999\"]]")]
    public async Task Filter_In_AcceptsJsonListOrCommaString(string filters)
    {
        var codes = await ValuesAsync("Item", filters);

        Assert.Equal(["SKU-001", "SKU-003"], codes);
    }

    [Fact]
    public async Task Filter_NotIn_ExcludesEveryListedValue()
    {
        var statuses = await ValuesAsync("Purchase Order", "[[\"status\",\"not in\",[\"Closed\",\"Completed\",\"On Hold\",\"Delivered\"]]]", "status");

        Assert.Equal(["Draft", "To Receive", "To Receive and Bill"], statuses);
    }

    [Theory]
    [InlineData("set", new[] { "Goods In Transit - AC" })]
    [InlineData("not set", new[] { "All Warehouses - AC", "Rejected - AC", "Stores - AC" })]
    public async Task Filter_Is_SetAndNotSet(string value, string[] expected)
    {
        var names = await ValuesAsync("Warehouse", $"[[\"warehouse_type\",\"is\",\"{value}\"]]", "name");

        Assert.Equal(expected, names);
    }

    [Fact]
    public async Task Filter_BetweenDates_IsInclusiveAtBothEnds()
    {
        var names = await ValuesAsync("Purchase Order", "[[\"schedule_date\",\"between\",[\"2025-03-20\",\"2025-05-01\"]]]", "name");

        Assert.Equal(["PUR-ORD-2025-00013", "PUR-ORD-2025-00014", "PUR-ORD-2025-00015"], names);
    }

    [Fact]
    public async Task Filter_DatetimeGreaterThan_SupportsPollingByModified()
    {
        var codes = await ValuesAsync("Bin", "[[\"modified\",\">\",\"2026-11-20 10:00:00\"]]");

        Assert.Equal(["SKU-019"], codes);
    }

    [Fact]
    public async Task Filter_DictForm_AcceptsPlainValueAndOperatorPair()
    {
        var plain = await ValuesAsync("Item", "{\"item_code\": \"SKU-004\"}");
        var pair = await ValuesAsync("Item", "{\"item_code\": [\"in\", [\"SKU-004\", \"SKU-005\"]], \"disabled\": 0}");

        Assert.Equal(["SKU-004"], plain);
        Assert.Equal(["SKU-004", "SKU-005"], pair);
    }

    [Fact]
    public async Task Filter_FourElementFormNamingTheQueriedDoctype_Works()
    {
        var codes = await ValuesAsync("Bin", "[[\"Bin\",\"warehouse\",\"=\",\"Goods In Transit - AC\"]]");

        Assert.Equal(["SKU-001"], codes);
    }

    [Fact]
    public async Task Filter_OrFilters_MatchAnyCondition()
    {
        var codes = Strings(await RowsAsync("Item",
            ("fields", "[\"item_code\"]"),
            ("filters", "[[\"disabled\",\"=\",0]]"),
            ("or_filters", "[[\"item_code\",\"=\",\"SKU-002\"],[\"lead_time_days\",\">=\",29]]"),
            ("order_by", "item_code asc")), "item_code");

        Assert.Equal(["SKU-002", "SKU-029"], codes);
    }

    [Fact]
    public async Task Filter_UnknownOperator_Is417()
    {
        var (status, body, _) = await GetAsync(ResourcePath("Item", ("filters", "[[\"item_code\",\"~\",\"SKU-001\"]]")));

        Assert.Equal(417, status);
        Assert.Equal("ValidationError", body.GetProperty("exc_type").GetString());
    }

    [Fact]
    public async Task Filter_MalformedJson_Is500()
    {
        var (status, body, _) = await GetAsync(ResourcePath("Item", ("filters", "[[\"item_code\",\"=\",\"SKU-001\"]")));

        Assert.Equal(500, status);
        Assert.Equal("JSONDecodeError", body.GetProperty("exc_type").GetString());
    }

    [Fact]
    public async Task Filter_OnUnknownField_Is417()
    {
        var (status, body, _) = await GetAsync(ResourcePath("Item", ("filters", "[[\"colour\",\"=\",\"red\"]]")));

        Assert.Equal(417, status);
        Assert.Equal(["Field not permitted in query: colour"], ServerMessages(body));
    }

    [Fact]
    public async Task Filter_DescendantsOf_WalksTheWarehouseTreeThroughLinks()
    {
        var all = await ValuesAsync("Bin", "[[\"warehouse\",\"descendants of\",\"All Warehouses - AC\"]]", "name");
        var ancestors = await ValuesAsync("Warehouse", "[[\"name\",\"ancestors of\",\"Stores - AC\"]]", "name");
        var notUnderStores = await ValuesAsync("Warehouse", "[[\"name\",\"not descendants of\",\"All Warehouses - AC\"]]", "name");

        Assert.Equal(TestSite.AllBins, all.Count);
        Assert.Equal(["All Warehouses - AC"], ancestors);
        Assert.Equal(["All Warehouses - AC"], notUnderStores);
    }
}
