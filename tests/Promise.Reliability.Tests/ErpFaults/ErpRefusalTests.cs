using System.Net;
using ErpNext.Fake;
using Promise.Reliability.Tests.Infrastructure;

namespace Promise.Reliability.Tests.ErpFaults;

/// <summary>ERPNext answering but refusing (credentials, permissions) and paging edge cases.</summary>
public sealed class ErpRefusalTests : IAsyncLifetime
{
    private const string AfterCutoff = "2026-12-21T15:00:00Z";
    private FakeErpNextServer _erp = null!;

    public async Task InitializeAsync() => _erp = await SiteData.StartErpAsync(pagedItems: 20);

    public async Task DisposeAsync() => await _erp.DisposeAsync();

    [Fact]
    public async Task Promise_ErpKeyRotated_503WithoutRetryAfterNamingAuthenticationErrorUnhealthyThenRecovers()
    {
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl));
        using var client = app.CreateClient();
        _erp.Controls.RotateCredentials("rotated-key", "rotated-secret");

        var answer = await client.PromiseAsync(SiteData.SimpleRequest);

        Assert.True(answer.Status == HttpStatusCode.ServiceUnavailable, answer.ToString());
        Assert.Null(answer.RetryAfter);
        Assert.Contains("AuthenticationError", answer.Detail, StringComparison.Ordinal);
        Assert.True(_erp.Controls.CountRequests("Bin") <= 1, "a 401 must not be retried");
        var health = await client.GetAnswerAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
        Assert.Equal("unhealthy", health.Json["status"]!.GetValue<string>());
        Assert.True(health.Json["erp"]!["credentials_rejected"]!.GetValue<bool>(), health.ToString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAnswerAsync("/health/ready")).Status);

        _erp.Controls.RotateCredentials(SecretValues.ErpApiKey, SecretValues.ErpApiSecret);
        var recovered = await client.PromiseAsync(SiteData.SimpleRequest);
        Assert.True(recovered.Status == HttpStatusCode.OK, recovered.ToString());
        Assert.Equal("healthy", await client.HealthStatusAsync());
    }

    [Theory]
    [InlineData(403, "PermissionError")]
    [InlineData(417, "ValidationError")]
    public async Task Promise_ErpRefusesTheStockQuery_503WithoutRetryAfterNamingTheErrorTypeNotRetried(int status, string excType)
    {
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl));
        using var client = app.CreateClient();
        _erp.Controls.InjectFault("Bin", new FakeFault.Status(status));

        var answer = await client.PromiseAsync(SiteData.SimpleRequest);

        Assert.True(answer.Status == HttpStatusCode.ServiceUnavailable && answer.IsProblem, answer.ToString());
        Assert.Null(answer.RetryAfter);
        Assert.Contains(excType, answer.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeErpNextServer.TracebackMarker, answer.Text, StringComparison.Ordinal);
        // 417 may be retried once without the optional fields (older sites); never more.
        Assert.InRange(_erp.Controls.CountRequests("Bin"), 1, 2);
    }

    [Fact]
    public async Task Promise_HolidayListForbidden_PromisesWithWeeklyOffRulesSaysSoAndHealthDegraded()
    {
        var request = SiteData.Request(("SKU-A", 1)).Replace(SiteData.OrderInstant, AfterCutoff, StringComparison.Ordinal);
        await using (var allowed = new PromiseApp(Settings.ForErp(_erp.BaseUrl)))
        {
            using var client = allowed.CreateClient();
            var normal = await client.PromiseAsync(request);
            Assert.True(normal.Status == HttpStatusCode.OK, normal.ToString());
            Assert.Equal("2026-12-23", ShipDate(normal)); // 12-22 is a holiday of AC 2026
        }

        _erp.Controls.Forbid("Holiday List");
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl));
        using var forbidden = app.CreateClient();
        var answer = await forbidden.PromiseAsync(request);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal("2026-12-22", ShipDate(answer));
        Assert.Contains(
            answer.Json["reasons"]!.AsArray().Select(r => r!.GetValue<string>()),
            r => r.Contains(SiteData.HolidayList, StringComparison.Ordinal) && r.Contains("weekly off days only", StringComparison.Ordinal));
        var health = await forbidden.GetAnswerAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal("degraded", health.Json["status"]!.GetValue<string>());
        Assert.True(health.Json["erp"]!["holiday_list_forbidden"]!.GetValue<bool>(), health.ToString());
        Assert.Equal(HttpStatusCode.OK, (await forbidden.GetAnswerAsync("/health/ready")).Status);
    }

    [Fact]
    public async Task Promise_ExactlyOneFullPageOfBins_ReadsTheEmptyNextPageAndUsesAllRows()
    {
        await using var app = new PromiseApp(Settings.ForErp(_erp.BaseUrl, new Dictionary<string, string?> { ["Erp:PageSize"] = "20" }));
        using var client = app.CreateClient();
        var lines = Enumerable.Range(1, 20).Select(i => (SiteData.PagedItem(i), 5m)).ToArray();

        var answer = await client.PromiseAsync(SiteData.Request(lines));

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal("OK", answer.Json["status"]!.GetValue<string>());
        Assert.All(answer.Json["plan"]!.AsArray(), line => Assert.Equal(0m, line!["shortage"]!.GetValue<decimal>()));
        // Page 1 holds exactly 20 rows, so the client must ask for page 2 (empty) and then stop.
        Assert.Equal(2, _erp.Controls.CountRequests("Bin"));
    }

    private static string ShipDate(ApiAnswer answer) =>
        answer.Json["plan"]![0]!["fulfillment"]![0]!["ship_ready_date"]!.GetValue<string>();
}
