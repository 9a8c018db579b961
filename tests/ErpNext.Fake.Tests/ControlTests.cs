using System.Diagnostics;
using ErpNext.Fake.Tests.Support;

namespace ErpNext.Fake.Tests;

/// <summary>The in-process controls: latency, permissions, older sites, live data, credentials, request log.</summary>
public sealed class ControlTests : FakeSiteTest
{
    [Fact]
    public async Task Latency_DelaysOnlyItsDoctype()
    {
        Controls.SetLatency("Bin", TimeSpan.FromMilliseconds(400));

        var clock = Stopwatch.StartNew();
        Assert.Equal(200, (await GetAsync(ResourcePath("Bin"))).Status);
        var slow = clock.Elapsed;
        clock.Restart();
        Assert.Equal(200, (await GetAsync(ResourcePath("Item"))).Status);
        var fast = clock.Elapsed;

        Assert.True(slow >= TimeSpan.FromMilliseconds(380), $"Bin took {slow}");
        Assert.True(fast < TimeSpan.FromMilliseconds(380), $"Item took {fast}");
    }

    [Fact]
    public async Task Forbid_HolidayList_Is403UntilAllowedAgain()
    {
        Controls.Forbid("Holiday List");

        var forbidden = await GetAsync("api/resource/Holiday%20List/AC%202026");
        Controls.Allow("Holiday List");
        var allowed = await GetAsync("api/resource/Holiday%20List/AC%202026");

        Assert.Equal(403, forbidden.Status);
        Assert.Equal("PermissionError", forbidden.Body.GetProperty("exc_type").GetString());
        Assert.Equal(200, allowed.Status);
    }

    [Fact]
    public async Task UnsupportedFields_OlderSite_Answers417ForThemAndLeavesThemOutOfStar()
    {
        Controls.SetUnsupportedFields("Bin", "reserved_qty_for_production_plan", "reserved_stock");

        var asked = await GetAsync(ResourcePath("Bin", ("fields", "[\"item_code\",\"reserved_qty_for_production_plan\"]")));
        var star = await RowsAsync("Bin", ("fields", "[\"*\"]"), ("limit_page_length", "1"), ("order_by", "name asc"));

        Assert.Equal(417, asked.Status);
        Assert.Equal(["Field not permitted in query: reserved_qty_for_production_plan"], ServerMessages(asked.Body));
        Assert.False(star[0].TryGetProperty("reserved_stock", out _));
        Assert.True(star[0].TryGetProperty("reserved_qty", out _));
    }

    [Fact]
    public async Task ReplaceFixture_ServesTheNewDataImmediately()
    {
        Controls.ReplaceFixture("{\"Bin\":[{\"item_code\":\"NEW-1\",\"warehouse\":\"Stores - AC\",\"actual_qty\":3}]}");

        var rows = await RowsAsync("Bin", ("fields", "[\"item_code\",\"actual_qty\"]"));

        Assert.Equal("{\"item_code\":\"NEW-1\",\"actual_qty\":3.0}", rows.Single().GetRawText());
    }

    [Fact]
    public async Task RotateCredentials_OldKeyGets401AndNewKeyWorks()
    {
        Controls.RotateCredentials("new-key", "new-secret");
        using var rotated = NewClient("token new-key:new-secret");

        var old = await GetAsync(ResourcePath("Item"));
        using var fresh = await rotated.GetAsync(ResourcePath("Item"));

        Assert.Equal(401, old.Status);
        Assert.Equal(200, (int)fresh.StatusCode);
    }

    [Fact]
    public async Task Requests_AreRecordedWithDecodedQueryDoctypeAndBody()
    {
        await GetAsync(ResourcePath("Purchase Order", ("fields", "[\"`tabPurchase Order Item`.qty\"]"), ("limit_page_length", "5")));
        await PostJsonAsync("api/method/frappe.client.get_list", "{\"doctype\":\"Bin\",\"fields\":[\"name\"]}");

        var requests = Controls.Requests;

        Assert.Equal(2, requests.Count);
        Assert.Equal(("GET", "/api/resource/Purchase Order", "Purchase Order"), (requests[0].Method, requests[0].Path, requests[0].Doctype));
        Assert.Equal("[\"`tabPurchase Order Item`.qty\"]", requests[0].Query["fields"]);
        Assert.Equal("5", requests[0].Query["limit_page_length"]);
        Assert.Null(requests[0].Body);
        Assert.Equal(("POST", "Bin"), (requests[1].Method, requests[1].Doctype));
        Assert.Equal("{\"doctype\":\"Bin\",\"fields\":[\"name\"]}", requests[1].Body);
    }

    [Fact]
    public async Task CountRequests_CountsListGetAndGetListPerDoctype_AndResetClears()
    {
        await GetAsync(ResourcePath("Holiday List"));
        await GetAsync("api/resource/Holiday%20List/AC%202026");
        await PostJsonAsync("api/method/frappe.client.get_list", "{\"doctype\":\"Holiday List\"}");
        await GetAsync(ResourcePath("Bin"));

        Assert.Equal(3, Controls.CountRequests("Holiday List"));
        Assert.Equal(1, Controls.CountRequests("Bin"));
        Controls.ResetRequests();
        Assert.Equal(0, Controls.CountRequests("Holiday List"));
        Assert.Empty(Controls.Requests);
    }
}
