using Promise.ErpClient.Health;

namespace Promise.ErpClient.Embedded;

/// <summary>Health in embedded mode: always able to serve; no ERPNext, no Redis.</summary>
internal sealed class EmbeddedSupplyHealth : ISupplyHealth
{
    private static readonly SupplyHealthReport Report = new()
    {
        Mode = "Embedded",
        ErpConnected = false,
        CircuitBreaker = CircuitState.Closed,
        CanServe = true,
        MasterDataLoaded = true, // the fixture is loaded before the host starts
    };

    public SupplyHealthReport GetReport() => Report;
}
