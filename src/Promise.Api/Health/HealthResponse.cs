namespace Promise.Api.Health;

/// <summary>The body of <c>GET /health</c>; the first four fields are what OTP clients read.</summary>
public sealed record HealthResponse
{
    /// <summary><c>healthy</c>, <c>degraded</c> or <c>unhealthy</c>.</summary>
    public required string Status { get; init; }

    public required string Version { get; init; }

    public bool ErpnextConnected { get; init; }

    public string? Message { get; init; }

    public required ErpHealth Erp { get; init; }

    public required RedisHealth Redis { get; init; }

    /// <summary><c>closed</c>, <c>open</c> or <c>half_open</c>.</summary>
    public required string CircuitBreaker { get; init; }
}
