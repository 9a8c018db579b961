using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Promise.Api.Tests.Infrastructure;

namespace Promise.Api.Tests.Http;

public sealed class EmbeddedModeTests : ApiTest
{
    protected override PromiseApiFactory CreateFactory() => TestApps.Embedded();

    [Fact]
    public async Task Health_Embedded_IsHealthyWithTheDemoMessage()
    {
        using var response = await Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(["status", "version", "erpnext_connected", "message"], body.Select(p => p.Key).Take(4));
        Assert.Equal("healthy", body["status"]!.GetValue<string>());
        Assert.False(body["erpnext_connected"]!.GetValue<bool>());
        Assert.Equal("embedded demo data", body["message"]!.GetValue<string>());
        Assert.Matches(@"^\d+\.\d+\.\d+", body["version"]!.GetValue<string>());
        Assert.Equal("closed", body["circuit_breaker"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/health/live", "live")]
    [InlineData("/health/ready", "ready")]
    public async Task Probes_Embedded_Answer200(string path, string status)
    {
        var body = JsonNode.Parse(await Client.GetStringAsync(path))!;

        Assert.Equal(status, body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Promise_DemoItem_IsPromised()
    {
        using var response = await Client.PostAsync("/otp/promise", new StringContent("""{"items": [{"item_code": "SKU-001", "qty": 1}]}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("OK", body["status"]!.GetValue<string>());
        Assert.NotNull(body["promise_date"]);
    }

    [Fact]
    public async Task Metrics_AfterRequests_CountsThemInTheHistogram()
    {
        var before = await CountAsync();
        for (var i = 0; i < 3; i++)
        {
            using var response = await Client.PostAsync("/otp/promise", new StringContent("""{"items": [{"item_code": "SKU-001", "qty": 1}]}""", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before + 3, await CountAsync());
        var text = await Client.GetStringAsync("/metrics");
        Assert.Contains("otp_requests_total{endpoint=\"/otp/promise\",status=\"200\"}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DocumentsThePromiseEndpoints()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/otp/promise"));
        Assert.True(paths.ContainsKey("/otp/bulk-promise"));
        Assert.NotNull(paths["/otp/promise"]!["post"]!["requestBody"]!["content"]!["application/json"]);
    }

    [Fact]
    public async Task UnknownRoute_IsProblemJson()
    {
        using var response = await Client.GetAsync("/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Not Found: GET /nope", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>());
    }

    private async Task<long> CountAsync()
    {
        var text = await Client.GetStringAsync("/metrics");
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("otp_request_duration_seconds_count{endpoint=\"/otp/promise\"}", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
