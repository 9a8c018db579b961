using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ErpNext.Fake.Tests.Support;

namespace ErpNext.Fake.Tests;

/// <summary>The <c>/__fake/...</c> HTTP controls the standalone process is driven with.</summary>
public sealed class ControlEndpointTests : FakeSiteTest
{
    private Task<HttpResponseMessage> ControlAsync(string path, string json) =>
        Client.PostAsync("__fake/" + path, new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task FakeFault_OverHttp_InjectsAndClears()
    {
        using var injected = await ControlAsync("fault", "{\"doctype\":\"Bin\",\"kind\":\"rate_limited\",\"retry_after\":3,\"times\":1}");
        using var limited = await Client.GetAsync(ResourcePath("Bin"));
        using var status = await ControlAsync("fault", "{\"doctype\":\"*\",\"kind\":\"status\",\"status\":500}");
        var failing = await GetAsync(ResourcePath("Item"));
        using var cleared = await ControlAsync("fault/clear", "{}");
        var ok = await GetAsync(ResourcePath("Item"));

        Assert.Equal(204, (int)injected.StatusCode);
        Assert.Equal(429, (int)limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), limited.Headers.RetryAfter!.Delta);
        Assert.Equal(500, failing.Status);
        Assert.Equal(200, ok.Status);
    }

    [Fact]
    public async Task FakeFault_UnknownKind_Is400()
    {
        using var response = await ControlAsync("fault", "{\"doctype\":\"Bin\",\"kind\":\"meteor\"}");

        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task FakeForbidUnsupportedFixtureCredentials_OverHttp_TakeEffect()
    {
        (await ControlAsync("forbid", "{\"doctype\":\"Holiday List\"}")).Dispose();
        (await ControlAsync("unsupported-fields", "{\"doctype\":\"Bin\",\"fields\":[\"reserved_stock\"]}")).Dispose();
        var forbidden = await GetAsync("api/resource/Holiday%20List/AC%202026");
        var unsupported = await GetAsync(ResourcePath("Bin", ("fields", "[\"reserved_stock\"]")));
        (await ControlAsync("fixture", "{\"Item\":[{\"item_code\":\"ONLY-1\"}]}")).Dispose();
        var items = await RowsAsync("Item");
        (await ControlAsync("credentials", "{\"api_key\":\"k2\",\"api_secret\":\"s2\"}")).Dispose();
        var oldKey = await GetAsync(ResourcePath("Item"));

        Assert.Equal(403, forbidden.Status);
        Assert.Equal(417, unsupported.Status);
        Assert.Equal(["ONLY-1"], Strings(items, "name"));
        Assert.Equal(401, oldKey.Status);
    }

    [Fact]
    public async Task FakeLatencyAndRequests_OverHttp_RecordAndCount()
    {
        (await ControlAsync("latency", "{\"doctype\":\"Bin\",\"ms\":1}")).Dispose();
        await GetAsync(ResourcePath("Bin", ("fields", "[\"item_code\"]")));

        var requests = await Client.GetFromJsonAsync<JsonElement>("__fake/requests");
        var count = await Client.GetFromJsonAsync<JsonElement>("__fake/requests/count?doctype=Bin");
        (await ControlAsync("reset", "{}")).Dispose();
        var afterReset = await Client.GetFromJsonAsync<JsonElement>("__fake/requests");

        var recorded = requests.EnumerateArray().Single();
        Assert.Equal("Bin", recorded.GetProperty("doctype").GetString());
        Assert.Equal("[\"item_code\"]", recorded.GetProperty("query").GetProperty("fields").GetString());
        Assert.Equal(1, count.GetProperty("count").GetInt32());
        Assert.Equal(0, afterReset.GetArrayLength());
    }
}
