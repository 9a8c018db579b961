using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Promise.Api.Tests.Infrastructure;

namespace Promise.Api.Tests.Security;

public sealed class ApiKeyTests : ApiTest
{
    protected override PromiseApiFactory CreateFactory() => TestApps.Embedded(("Auth:ApiKeys:0", "alpha-key"), ("Auth:ApiKeys:1", "beta-key"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("alpha")]
    [InlineData("alpha-key-x")]
    [InlineData("ALPHA-KEY")]
    public async Task Promise_WithoutAValidKey_Is401ProblemJson(string? key)
    {
        foreach (var path in new[] { "/otp/promise", "/otp/bulk-promise" })
        {
            using var response = await PostAsync(path, key);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("X-Api-Key", JsonNode.Parse(body)!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.DoesNotContain("alpha-key", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("alpha-key")]
    [InlineData("beta-key")]
    public async Task Promise_WithAConfiguredKey_IsAnswered(string key)
    {
        using var response = await PostAsync("/otp/promise", key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/metrics")]
    public async Task HealthAndMetrics_StayOpen(string path)
    {
        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string path, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent("""{"items": [{"item_code": "SKU-001", "qty": 1}]}""", Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return Client.SendAsync(request);
    }
}
