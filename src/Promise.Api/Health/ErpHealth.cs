namespace Promise.Api.Health;

/// <summary>The <c>erp</c> object of <c>/health</c>: the supply side, without secrets.</summary>
public sealed record ErpHealth
{
    /// <summary><c>Embedded</c> or <c>ErpNext</c>.</summary>
    public required string Mode { get; init; }

    public bool Connected { get; init; }

    public bool CredentialsRejected { get; init; }

    public bool HolidayListForbidden { get; init; }

    public bool ServingStale { get; init; }

    public bool CanServe { get; init; }

    /// <summary>The master data has been read once (warmed up); <c>/health/ready</c> waits for it in ErpNext mode.</summary>
    public bool MasterDataLoaded { get; init; }

    public string? LastError { get; init; }

    /// <summary>UTC instant of the last successful ERPNext answer.</summary>
    public string? LastSuccess { get; init; }
}
