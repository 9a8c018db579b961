using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ErpNext.Fake;
using Promise.Api.Tests.Infrastructure;

namespace Promise.Api.Tests.Http;

/// <summary>ERPNext failing under the API: each test gets its own fake (faults are site-wide) and a cold cache.</summary>
public sealed class ErpOutageTests : ApiTest
{
    private readonly FakeErpNext _erp = new();

    public override async Task InitializeAsync()
    {
        await _erp.InitializeAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _erp.DisposeAsync();
    }

    protected override PromiseApiFactory CreateFactory() => TestApps.ErpNext(_erp.Server.BaseUrl, ("Erp:BreakerMinimumThroughput", "2"));

    private FakeErpNextControls Controls => _erp.Server.Controls;

    [Fact]
    public async Task Promise_ErpDownWithNothingCached_Is503WithRetryAfter_AndHealthTurnsUnhealthy()
    {
        Controls.InjectFault("*", new FakeFault.Status(503));

        for (var i = 0; i < 3; i++)
        {
            using var response = await PostPromiseAsync("SKU-1");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(FakeErpNextServer.TracebackMarker, body, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(JsonNode.Parse(body)!["detail"]!.GetValue<string>()));
        }

        using var health = await Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var report = JsonNode.Parse(await health.Content.ReadAsStringAsync())!;
        Assert.Equal("unhealthy", report["status"]!.GetValue<string>());
        Assert.False(report["erpnext_connected"]!.GetValue<bool>());
        Assert.Equal("open", report["circuit_breaker"]!.GetValue<string>());
        using var ready = await Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var live = await Client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Promise_CredentialsRejected_Is503WithoutRetryAfterNamingTheErrorType()
    {
        Controls.RotateCredentials("other-key", "other-secret");

        using var response = await PostPromiseAsync("SKU-1");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("AuthenticationError", JsonNode.Parse(body)!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(PromiseApiFactory.ErpApiSecret, body, StringComparison.Ordinal);
        using var health = await Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var report = JsonNode.Parse(await health.Content.ReadAsStringAsync())!;
        Assert.True(report["erp"]!["credentials_rejected"]!.GetValue<bool>());
        Assert.DoesNotContain(PromiseApiFactory.ErpApiSecret, report.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_HolidayListForbidden_IsDegradedAndPromisesGoOn()
    {
        Controls.Forbid("Holiday List");

        using var response = await PostPromiseAsync("SKU-2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reasons = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["reasons"]!.AsArray();
        Assert.Contains(reasons, r => r!.GetValue<string>().Contains("could not be read", StringComparison.Ordinal));

        using var health = await Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var report = JsonNode.Parse(await health.Content.ReadAsStringAsync())!;
        Assert.Equal("degraded", report["status"]!.GetValue<string>());
        Assert.True(report["erpnext_connected"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Health_ErpReachable_IsHealthy()
    {
        using var response = await PostPromiseAsync("SKU-2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var report = JsonNode.Parse(await Client.GetStringAsync("/health"))!;
        Assert.Equal("healthy", report["status"]!.GetValue<string>());
        Assert.True(report["erpnext_connected"]!.GetValue<bool>());
        Assert.Null(report["message"]);
        Assert.Equal("closed", report["circuit_breaker"]!.GetValue<string>());
        Assert.Equal("ErpNext", report["erp"]!["mode"]!.GetValue<string>());
    }

    [Fact]
    public async Task BulkPromise_ErpFailsMidBatch_AnswersThoseLines503AndGoesOn()
    {
        using var stream = await OpenBulkRequest.OpenAsync(Client, Fixtures.Request("SKU-2", 1, "before"));
        Assert.Equal("before", (await stream.NextAsync())!["order_id"]!.GetValue<string>());

        Controls.InjectFault("*", new FakeFault.Status(503));
        await stream.SendAsync(Fixtures.Request("SKU-1", 1, "during"));
        var during = await stream.NextAsync();
        Assert.Equal(1, during!["index"]!.GetValue<int>());
        Assert.Equal(503, during["error"]!["status"]!.GetValue<int>());

        Controls.ClearFaults();
        await stream.SendAsync(Fixtures.Request("SKU-1", 1, "after"));
        stream.Complete();
        var after = await stream.NextAsync();
        Assert.Equal("after", after!["order_id"]!.GetValue<string>());
        Assert.Null(await stream.NextAsync());
    }

    private Task<HttpResponseMessage> PostPromiseAsync(string item) =>
        Client.PostAsync("/otp/promise", new StringContent(Fixtures.Request(item, 1), Encoding.UTF8, "application/json"));
}
