using Promise.Api.Health;
using Promise.ErpClient.Health;

namespace Promise.Api.Tests.Health;

public class HealthEvaluatorTests
{
    private static readonly SupplyHealthReport Good = new()
    {
        Mode = "ErpNext", ErpConnected = true, CanServe = true, CircuitBreaker = CircuitState.Closed,
    };

    public static TheoryData<string, SupplyHealthReport, string> Cases => new()
    {
        { "all good", Good, "healthy" },
        { "redis down", Good with { RedisConfigured = true, RedisConnected = false }, "degraded" },
        { "redis up", Good with { RedisConfigured = true, RedisConnected = true }, "healthy" },
        { "holiday list forbidden", Good with { HolidayListForbidden = true }, "degraded" },
        { "serving stale", Good with { ServingStale = true, ErpConnected = false }, "degraded" },
        { "breaker half-open", Good with { CircuitBreaker = CircuitState.HalfOpen }, "degraded" },
        { "breaker open, cache answers", Good with { CircuitBreaker = CircuitState.Open, ServingStale = true }, "degraded" },
        { "unreachable, nothing cached", Good with { CircuitBreaker = CircuitState.Open, CanServe = false, ErpConnected = false }, "unhealthy" },
        { "credentials rejected", Good with { CredentialsRejected = true, CanServe = false }, "unhealthy" },
        { "embedded", new SupplyHealthReport { Mode = "Embedded" }, "healthy" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_FollowsTheContract(string scenario, SupplyHealthReport report, string expected)
    {
        Assert.True(expected == HealthEvaluator.Evaluate(report).Status, scenario);
    }

    [Fact]
    public void Evaluate_Embedded_SaysSo()
    {
        var health = HealthEvaluator.Evaluate(new SupplyHealthReport { Mode = "Embedded", ErpConnected = true });

        Assert.Equal("embedded demo data", health.Message);
        Assert.False(health.ErpnextConnected);
    }
}
