using System.Net;
using System.Security.Cryptography;
using System.Text;
using Promise.Api.Tests.Infrastructure;

namespace Promise.Api.Tests.Http;

public sealed class WebhookEndpointTests
{
    private const string Secret = "webhook-secret-1";
    private const string Payload = """{"doctype": "Stock Ledger Entry", "item_code": "SKU-1", "warehouse": "Stores - AC"}""";

    [Fact]
    public async Task Webhook_WithoutSecret_DoesNotExist()
    {
        await using var factory = TestApps.ErpNext(TestApps.UnusedErpNext);
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/erp/webhooks", new StringContent(Payload));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bm90IGEgc2lnbmF0dXJl")]
    public async Task Webhook_BadSignature_Is401(string? signature)
    {
        await using var factory = TestApps.ErpNext(TestApps.UnusedErpNext, ("Erp:WebhookSecret", Secret));
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Request(signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_ValidSignatureOverTheRawBytes_Is200()
    {
        await using var factory = TestApps.ErpNext(TestApps.UnusedErpNext, ("Erp:WebhookSecret", Secret));
        using var client = factory.CreateClient();

        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(Payload)));
        using var response = await client.SendAsync(Request(signature));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpRequestMessage Request(string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/erp/webhooks") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Payload)) };
        if (signature is not null)
        {
            request.Headers.Add("X-Frappe-Webhook-Signature", signature);
        }

        return request;
    }
}
