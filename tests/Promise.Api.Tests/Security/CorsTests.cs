using Promise.Api.Tests.Infrastructure;

namespace Promise.Api.Tests.Security;

public sealed class CorsTests
{
    [Fact]
    public async Task Cors_EmbeddedDemo_AllowsAnyOrigin()
    {
        await using var factory = TestApps.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight("http://ui.example"));

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Cors_ErpNextMode_AllowsOnlyConfiguredOrigins()
    {
        await using var factory = TestApps.ErpNext(TestApps.UnusedErpNext, ("Cors:AllowedOrigins:0", "https://otp.example"));
        using var client = factory.CreateClient();

        using var allowed = await client.SendAsync(Preflight("https://otp.example"));
        using var denied = await client.SendAsync(Preflight("https://evil.example"));

        Assert.Equal("https://otp.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(denied.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/otp/promise");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        return request;
    }
}
