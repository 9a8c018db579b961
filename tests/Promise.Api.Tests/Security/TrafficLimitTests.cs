using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Promise.Api.Tests.Infrastructure;

namespace Promise.Api.Tests.Security;

public sealed class TrafficLimitTests
{
    private const string Body = """{"items": [{"item_code": "SKU-001", "qty": 1}]}""";

    [Fact]
    public async Task RateLimit_ClientOverItsBudget_Gets429WithRetryAfter_OtherClientsDoNot()
    {
        await using var factory = TestApps.Embedded(
            ("Api:RateLimit:PermitsPerSecond", "1"), ("Api:RateLimit:Burst", "1"),
            ("Auth:ApiKeys:0", "key-a"), ("Auth:ApiKeys:1", "key-b"));
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 10; i++)
        {
            var response = await PostAsync(client, "key-a");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited ??= response;
            }
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Api:RateLimit", JsonNode.Parse(await limited.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        using var other = await PostAsync(client, "key-b");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task RateLimit_OffByDefault()
    {
        await using var factory = TestApps.Embedded();
        using var client = factory.CreateClient();

        for (var i = 0; i < 30; i++)
        {
            using var response = await PostAsync(client, null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task LoadShedding_OverMaxConcurrentRequests_Is503WithRetryAfterAtOnce()
    {
        await using var factory = TestApps.Embedded(("Api:MaxConcurrentRequests", "1"));
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var stream = await OpenBulkRequest.OpenAsync(client, Body);
        Assert.NotNull(await stream.NextAsync());

        using (var shed = await PostAsync(client, null))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, shed.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), shed.Headers.RetryAfter?.Delta);
            Assert.Contains("Api:MaxConcurrentRequests", await shed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        stream.Complete();
        await stream.ReadToEndAsync();
        using var after = await PostAsync(client, null);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/otp/promise") { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return client.SendAsync(request);
    }
}
