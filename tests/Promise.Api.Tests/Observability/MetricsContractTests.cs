using System.Text;
using Promise.Api.Tests.Infrastructure;

namespace Promise.Api.Tests.Observability;

/// <summary>
/// The real application's <c>/metrics</c>, in ERPNext mode against the fake, checked against
/// api-contract.md "Health and metrics" and by promtool.
/// </summary>
public sealed class MetricsContractTests(FakeErpNext erp) : IClassFixture<FakeErpNext>
{
    private static readonly Dictionary<string, string> ContractFamilies = new(StringComparer.Ordinal)
    {
        ["otp_requests_total"] = "counter",
        ["otp_request_duration_seconds"] = "histogram",
        ["otp_erp_requests_total"] = "counter",
        ["otp_erp_request_duration_seconds"] = "histogram",
        ["otp_cache_requests_total"] = "counter",
        ["otp_bulk_lines_total"] = "counter",
        ["otp_bulk_duration_seconds"] = "histogram",
        ["otp_circuit_breaker_state"] = "gauge",
        ["process_resident_memory_bytes"] = "gauge",
        ["process_cpu_seconds_total"] = "counter",
        ["dotnet_gc_collections_total"] = "counter",
    };

    [Fact]
    public async Task GetMetrics_AfterAPromise_HasEveryContractFamilyAndPassesPromtool()
    {
        await using var factory = new PromiseApiFactory(PromiseApiFactory.ForErpNext(erp.Server.BaseUrl));
        using var client = factory.CreateClient();
        using var body = new StringContent(
            """{"customer":"c","order_id":"o","items":[{"item_code":"SKU-1","qty":1}]}""", Encoding.UTF8, "application/json");
        using var promise = await client.PostAsync(new Uri("/otp/promise", UriKind.Relative), body);

        var text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var exposition = Exposition.Parse(text);
        var (exitCode, output) = await Promtool.CheckMetricsAsync(text);

        var wrong = ContractFamilies
            .Where(family => !exposition.Types.TryGetValue(family.Key, out var type) || type != family.Value)
            .Select(family => $"{family.Key} ({family.Value})")
            .ToList();
        Assert.True(wrong.Count == 0, $"Missing or mistyped: {string.Join(", ", wrong)}\n{text}");
        Assert.True(exitCode == 0 && output.Length == 0, $"promtool exit {exitCode}: {output}");
        Assert.Equal(1, exposition.Sample($"otp_requests_total{{endpoint=\"/otp/promise\",status=\"{(int)promise.StatusCode}\"}}"));
        Assert.Contains(exposition.Samples.Keys, key => key.StartsWith("otp_erp_requests_total{", StringComparison.Ordinal));
        Assert.Equal(0, exposition.Sample("otp_circuit_breaker_state"));
    }
}
