namespace Promise.ErpClient.Health;

/// <summary>What health endpoints need to know about the supply side. Contains no secrets.</summary>
public sealed record SupplyHealthReport
{
    /// <summary><c>Embedded</c> or <c>ErpNext</c>.</summary>
    public required string Mode { get; init; }

    /// <summary>Last ERPNext call succeeded (embedded: false).</summary>
    public bool ErpConnected { get; init; }

    /// <summary>ERPNext rejected our credentials (401) on the last attempt.</summary>
    public bool CredentialsRejected { get; init; }

    /// <summary>Short, secret-free description of the last ERP failure, if any.</summary>
    public string? LastError { get; init; }

    /// <summary>When ERPNext last answered successfully.</summary>
    public DateTimeOffset? LastSuccess { get; init; }

    /// <summary>The breaker's state.</summary>
    public CircuitState CircuitBreaker { get; init; }

    /// <summary>Redis configured (<c>Redis:Configuration</c> non-empty).</summary>
    public bool RedisConfigured { get; init; }

    /// <summary>Redis answering now (false when not configured).</summary>
    public bool RedisConnected { get; init; }

    /// <summary>ERPNext refused the holiday list (403): promises use weekly-off rules only.</summary>
    public bool HolidayListForbidden { get; init; }

    /// <summary>Stale data past its TTL is being served because refreshes fail.</summary>
    public bool ServingStale { get; init; }

    /// <summary>Promises can be answered now (fresh or acceptably stale data, or ERP reachable).</summary>
    public bool CanServe { get; init; }

    /// <summary>
    /// The site's master data (warehouses, company holiday lists) has been read at least once, from ERPNext or the
    /// shared cache, so the instance is warmed up: readiness waits for it in ErpNext mode (embedded: true at start-up).
    /// </summary>
    public bool MasterDataLoaded { get; init; }
}
