using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ErpNext.Fake.Tests.Support;

/// <summary>
/// Base for contract tests: a fresh fake (with <see cref="TestSite"/>) per test on a free loopback port, and an
/// HttpClient that talks to it exactly like a Frappe client: <c>token key:secret</c>, Accept JSON, query strings
/// percent-encoded the way erpnext-api.md writes them.
/// </summary>
public abstract class FakeSiteTest : IAsyncLifetime
{
    public const string Key = "test-key";
    public const string Secret = "test-secret";

    protected FakeErpNextServer Server { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected FakeErpNextControls Controls => Server.Controls;

    public async Task InitializeAsync()
    {
        Server = await FakeErpNextServer.StartAsync(new FakeErpNextOptions { FixtureJson = TestSite.FixtureJson, ApiKey = Key, ApiSecret = Secret });
        Client = NewClient($"token {Key}:{Secret}");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    protected HttpClient NewClient(string? authorization, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = Server.BaseUrl, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        return client;
    }

    protected static string ResourcePath(string doctype, params (string Key, string Value)[] query) =>
        "api/resource/" + Uri.EscapeDataString(doctype) + QueryString(query);

    protected static string QueryString(params (string Key, string Value)[] query) =>
        query.Length == 0 ? string.Empty : "?" + string.Join('&', query.Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}"));

    protected Task<HttpResponseMessage> ListAsync(string doctype, params (string Key, string Value)[] query) =>
        Client.GetAsync(ResourcePath(doctype, query));

    /// <summary>A list call that must succeed; returns the <c>data</c> rows.</summary>
    protected async Task<IReadOnlyList<JsonElement>> RowsAsync(string doctype, params (string Key, string Value)[] query)
    {
        using var response = await ListAsync(doctype, query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return [.. JsonDocument.Parse(text).RootElement.GetProperty("data").EnumerateArray()];
    }

    protected async Task<(int Status, JsonElement Body, string Text)> SendAsync(HttpRequestMessage request)
    {
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    protected async Task<(int Status, JsonElement Body, string Text)> GetAsync(string path) =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    protected async Task<(int Status, JsonElement Body, string Text)> PostJsonAsync(string path, string json) =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    protected static IReadOnlyList<string> Strings(IEnumerable<JsonElement> rows, string key) =>
        [.. rows.Select(r => r.GetProperty(key).GetString()!)];

    /// <summary>Decodes <c>_server_messages</c> twice, as a client must, to the <c>message</c> texts.</summary>
    protected static IReadOnlyList<string> ServerMessages(JsonElement body)
    {
        var outer = JsonSerializer.Deserialize<string[]>(body.GetProperty("_server_messages").GetString()!)!;
        return [.. outer.Select(inner => JsonDocument.Parse(inner).RootElement.GetProperty("message").GetString()!)];
    }
}
