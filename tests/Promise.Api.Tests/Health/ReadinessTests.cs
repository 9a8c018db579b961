using Promise.Api.Health;
using Promise.ErpClient.Health;

namespace Promise.Api.Tests.Health;

public class ReadinessTests
{
    private static readonly SupplyHealthReport Warm = new()
    {
        Mode = "ErpNext", ErpConnected = true, CanServe = true, CircuitBreaker = CircuitState.Closed, MasterDataLoaded = true,
    };

    public static TheoryData<string, SupplyHealthReport, bool> Cases => new()
    {
        { "warmed up", Warm, true },
        { "master data not read yet", Warm with { MasterDataLoaded = false }, false },
        { "degraded but warm", Warm with { ServingStale = true, CircuitBreaker = CircuitState.Open }, true },
        { "cannot serve", Warm with { CanServe = false }, false },
        { "credentials rejected", Warm with { CredentialsRejected = true }, false },
        { "embedded", new SupplyHealthReport { Mode = "Embedded" }, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsReady_FollowsTheHealthAndTheWarmUp(string scenario, SupplyHealthReport report, bool expected)
    {
        Assert.True(expected == HealthEvaluator.IsReady(report), scenario);
    }

    [Fact]
    public void Evaluate_NotWarmedUp_SaysSoWithoutChangingTheStatus()
    {
        var health = HealthEvaluator.Evaluate(Warm with { MasterDataLoaded = false });

        Assert.Equal("healthy", health.Status);
        Assert.False(health.Erp.MasterDataLoaded);
        Assert.Contains("warming up", health.Message, StringComparison.Ordinal);
    }
}
