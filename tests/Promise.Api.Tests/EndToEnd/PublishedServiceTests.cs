using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Promise.Api.Tests.Infrastructure;

namespace Promise.Api.Tests.EndToEnd;

/// <summary>The published service as a real process over real HTTP: promise, bulk, health and metrics.</summary>
public sealed class PublishedServiceTests(PublishedService service) : IClassFixture<PublishedService>
{
    [Fact]
    public async Task Promise_WorkedExample_OverRealHttp()
    {
        using var response = await service.Client.PostAsync("otp/promise", new StringContent(Fixtures.WorkedExampleRequest, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("2026-12-29", body["promise_date"]!.GetValue<string>());
        Assert.Equal("2026-12-25", body["first_delivery_date"]!.GetValue<string>());
        Assert.Equal(2, body["plan"]![0]!["fulfillment"]!.AsArray().Count);
    }

    [Fact]
    public async Task BulkPromise_StreamsNdjsonOverRealHttp()
    {
        var body = string.Join('\n', Fixtures.Request("SKU-1", 3, "a"), "{bad", Fixtures.Request("SKU-1", 3, "c")) + "\n";
        using var response = await service.Client.PostAsync("otp/bulk-promise", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var lines = new NdjsonLines(await response.Content.ReadAsStreamAsync());
        var all = await lines.ReadToEndAsync();
        Assert.Equal([0, 1, 2], all.Select(l => l["index"]!.GetValue<int>()));
        Assert.Equal(400, all[1]["error"]!["status"]!.GetValue<int>());
        Assert.Equal("purchase_order", all[2]["plan"]![0]!["fulfillment"]![0]!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task Promise_WithoutApiKey_Is401()
    {
        using var anonymous = new HttpClient { BaseAddress = service.BaseUrl };

        using var response = await anonymous.PostAsync("otp/promise", new StringContent(Fixtures.WorkedExampleRequest, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Promise_ChunkedBodyOverTheLimit_Is413FromKestrel()
    {
        using var content = new StreamContent(new MemoryStream(new byte[(1024 * 1024) + 4096]));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "otp/promise") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await service.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Health_WithErpAndRedis_IsHealthy()
    {
        using var warm = await service.Client.PostAsync("otp/promise", new StringContent(Fixtures.Request("SKU-2", 1), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, warm.StatusCode);

        var health = JsonNode.Parse(await service.Client.GetStringAsync("health"))!;

        Assert.Equal("healthy", health["status"]!.GetValue<string>());
        Assert.True(health["erpnext_connected"]!.GetValue<bool>());
        Assert.True(health["redis"]!["configured"]!.GetValue<bool>());
        Assert.True(health["redis"]!["connected"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Metrics_AfterRequests_AreExposed()
    {
        using var warm = await service.Client.PostAsync("otp/promise", new StringContent(Fixtures.Request("SKU-2", 1), Encoding.UTF8, "application/json"));

        var text = await service.Client.GetStringAsync("metrics");

        Assert.Contains("otp_request_duration_seconds_bucket{endpoint=\"/otp/promise\",le=\"+Inf\"}", text, StringComparison.Ordinal);
        Assert.Contains("otp_requests_total{endpoint=\"/otp/promise\",status=\"200\"}", text, StringComparison.Ordinal);
        Assert.Contains("process_resident_memory_bytes", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StartupLog_SaysWhereItListensInOneLine()
    {
        var lines = service.Log.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var listening = Assert.Single(lines, l => l.Contains("listening on", StringComparison.Ordinal));
        Assert.Contains(service.BaseUrl.ToString().TrimEnd('/'), listening, StringComparison.Ordinal);
        Assert.DoesNotContain(PromiseApiFactory.ErpApiSecret, service.Log, StringComparison.Ordinal);
        Assert.DoesNotContain(PublishedService.ApiKey, service.Log, StringComparison.Ordinal);
    }
}
