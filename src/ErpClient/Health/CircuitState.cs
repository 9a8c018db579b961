namespace Promise.ErpClient.Health;

/// <summary>Circuit breaker state toward ERPNext (metric value in brackets).</summary>
public enum CircuitState
{
    /// <summary>Calls flow (0).</summary>
    Closed = 0,

    /// <summary>One trial call is allowed (1).</summary>
    HalfOpen = 1,

    /// <summary>Calls fail fast (2).</summary>
    Open = 2,
}
