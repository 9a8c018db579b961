using System.Text;
using ErpNext.Fake.Tests.Support;

namespace ErpNext.Fake.Tests;

/// <summary>erpnext-api.md §4 and §5: API-key authentication and the error body's shape.</summary>
public sealed class AuthTests : FakeSiteTest
{
    public static TheoryData<string> GoodHeaders => new()
    {
        $"token {Key}:{Secret}",
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Key}:{Secret}")),
    };

    [Theory]
    [MemberData(nameof(GoodHeaders))]
    public async Task Auth_TokenOrBasicHeader_IsAccepted(string header)
    {
        using var client = NewClient(header);
        using var response = await client.GetAsync(ResourcePath("Bin", ("limit_page_length", "1"), ("order_by", "name asc")));

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Theory]
    [InlineData($"token {Key}:wrong")]
    [InlineData("token garbage")]
    [InlineData("Basic not-base64!")]
    public async Task Auth_WrongCredentials_Is401AuthenticationError(string header)
    {
        using var client = NewClient(header);
        using var response = await client.GetAsync(ResourcePath("Bin"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Contains("\"exc_type\":\"AuthenticationError\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auth_NoHeader_IsGuestAndGets403PermissionError()
    {
        using var client = NewClient(authorization: null);
        using var response = await client.GetAsync(ResourcePath("Bin"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(403, (int)response.StatusCode);
        Assert.Contains("\"exc_type\":\"PermissionError\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorBody_HasFrappeShape_WithDoubleEncodedServerMessagesAndATraceback()
    {
        var (status, body, _) = await GetAsync(ResourcePath("Bin", ("fields", "[\"reserved_qty_for_the_moon\"]")));

        Assert.Equal(417, status);
        Assert.Equal("DataError", body.GetProperty("exc_type").GetString());
        Assert.StartsWith("frappe.exceptions.DataError", body.GetProperty("exception").GetString(), StringComparison.Ordinal);
        var traceback = System.Text.Json.JsonSerializer.Deserialize<string[]>(body.GetProperty("exc").GetString()!)!;
        Assert.Contains(FakeErpNextServer.TracebackMarker, traceback.Single(), StringComparison.Ordinal);
        Assert.StartsWith("Traceback (most recent call last):", traceback.Single(), StringComparison.Ordinal);
        Assert.Equal(["Field not permitted in query: reserved_qty_for_the_moon"], ServerMessages(body));
    }

    [Fact]
    public async Task Ping_AllowsGuest()
    {
        using var client = NewClient(authorization: null);
        var text = await client.GetStringAsync("api/method/frappe.ping");

        Assert.Equal("{\"message\":\"pong\"}", text);
    }

    [Fact]
    public async Task ErrorWithAcceptTextHtml_IsAnHtmlPage_SoClientsMustAskForJson()
    {
        using var browser = NewClient($"token {Key}:{Secret}");
        browser.DefaultRequestHeaders.Accept.Clear();
        browser.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml");
        using var noAccept = NewClient($"token {Key}:{Secret}");
        noAccept.DefaultRequestHeaders.Accept.Clear();

        using var html = await browser.GetAsync(ResourcePath("Bin", ("fields", "[\"nope\"]")));
        using var json = await noAccept.GetAsync(ResourcePath("Bin", ("fields", "[\"nope\"]")));

        Assert.Equal(417, (int)html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Equal(417, (int)json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
    }
}
