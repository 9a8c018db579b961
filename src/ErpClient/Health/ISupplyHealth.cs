namespace Promise.ErpClient.Health;

/// <summary>Current health of the supply side, for <c>/health</c> and metrics.</summary>
public interface ISupplyHealth
{
    /// <summary>A consistent report of the current state (cheap; no I/O).</summary>
    SupplyHealthReport GetReport();
}
