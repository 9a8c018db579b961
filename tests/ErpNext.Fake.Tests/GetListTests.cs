using ErpNext.Fake.Tests.Support;

namespace ErpNext.Fake.Tests;

/// <summary>erpnext-api.md §1: <c>POST /api/method/frappe.client.get_list</c> for long <c>in</c> lists.</summary>
public sealed class GetListTests : FakeSiteTest
{
    private const string GetList = "api/method/frappe.client.get_list";

    [Fact]
    public async Task GetList_PostJsonBody_AnswersUnderMessage()
    {
        var (status, body, text) = await PostJsonAsync(GetList,
            "{\"doctype\":\"Bin\",\"fields\":[\"item_code\",\"warehouse\",\"actual_qty\"],\"filters\":[[\"item_code\",\"in\",[\"SKU-002\",\"SKU-003\"]]]," +
            "\"order_by\":\"item_code asc, warehouse asc\",\"limit_start\":0,\"limit_page_length\":500}");

        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(
            "{\"message\":[{\"item_code\":\"SKU-002\",\"warehouse\":\"Stores - AC\",\"actual_qty\":2.0},{\"item_code\":\"SKU-003\",\"warehouse\":\"Stores - AC\",\"actual_qty\":3.0}]}",
            text);
    }

    [Fact]
    public async Task GetList_WithoutLimitPageLength_ReturnsTwentyRows()
    {
        var (_, body, _) = await PostJsonAsync(GetList, "{\"doctype\":\"Bin\",\"fields\":[\"name\"],\"order_by\":\"name asc\"}");

        Assert.Equal(20, body.GetProperty("message").GetArrayLength());
    }

    [Fact]
    public async Task GetList_LongInListThatWouldNotFitAUrl_Works()
    {
        var codes = Enumerable.Range(1, 3000).Select(i => $"\"SKU-{i:D3}\"");
        var (status, body, _) = await PostJsonAsync(GetList,
            $"{{\"doctype\":\"Bin\",\"fields\":[\"item_code\"],\"filters\":[[\"item_code\",\"in\",[{string.Join(',', codes)}]]],\"order_by\":\"name asc\",\"limit_page_length\":0}}");

        Assert.Equal(200, status);
        Assert.Equal(TestSite.AllBins, body.GetProperty("message").GetArrayLength());
    }

    [Fact]
    public async Task GetList_IgnoresTheLimitAlias_BecauseItIsNotInTheSignature()
    {
        var (_, body, _) = await PostJsonAsync(GetList, "{\"doctype\":\"Item\",\"limit\":3,\"order_by\":\"name asc\"}");

        Assert.Equal(20, body.GetProperty("message").GetArrayLength());
    }

    [Fact]
    public async Task GetList_ChildDoctypeWithoutParent_Is403()
    {
        var (status, _, _) = await PostJsonAsync(GetList, "{\"doctype\":\"Purchase Order Item\",\"fields\":[\"name\"]}");

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task GetCount_CountsMatchingRowsAcrossAllPages()
    {
        var (status, _, text) = await PostJsonAsync("api/method/frappe.client.get_count", "{\"doctype\":\"Bin\",\"filters\":[[\"warehouse\",\"=\",\"Stores - AC\"]]}");

        Assert.Equal(200, status);
        Assert.Equal($"{{\"message\":{TestSite.StoreBins}}}", text);
    }

    [Fact]
    public async Task GetLoggedUser_AnswersTheApiUser()
    {
        var (status, body, _) = await GetAsync("api/method/frappe.auth.get_logged_user");

        Assert.Equal(200, status);
        Assert.Equal("api-user@example.com", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task UnknownMethod_Is404()
    {
        var (status, body, _) = await GetAsync("api/method/erpnext.stock.get_magic");

        Assert.Equal(404, status);
        Assert.Equal("DoesNotExistError", body.GetProperty("exc_type").GetString());
    }

    [Fact]
    public async Task List_GetUrlLongerThan8KB_Is414LikeNginx_SoLongInListsMustBePosted()
    {
        var codes = string.Join(',', Enumerable.Range(1, 1000).Select(i => $"\"SKU-{i:D3}\""));

        using var response = await ListAsync("Bin", ("fields", "[\"item_code\"]"), ("filters", $"[[\"item_code\",\"in\",[{codes}]]]"));

        Assert.Equal(414, (int)response.StatusCode);
    }
}
