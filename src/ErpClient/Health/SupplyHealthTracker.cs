using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Promise.ErpClient.Caching;
using Promise.ErpClient.Configuration;
using Promise.ErpClient.Observability;

namespace Promise.ErpClient.Health;

/// <summary>Collects what ERPNext mode's health report needs; every member is cheap and thread-safe.</summary>
internal sealed class SupplyHealthTracker(
    CircuitBreakerStateProvider breaker,
    RedisConnection redis,
    TimeProvider timeProvider,
    IOptions<ErpOptions> options) : ISupplyHealth
{
    private readonly Lock _gate = new();

    // After a request went unanswered (ERPNext unreachable, nothing usable cached) the instance reports
    // that it cannot serve for one breaker break: long enough for an orchestrator to take it out of
    // rotation, short enough that it comes back by itself and the next request probes ERPNext again
    // (an instance out of rotation gets no requests that could prove ERPNext is back).
    private readonly TimeSpan _unservedHold = options.Value.BreakerBreakDuration;
    private DateTimeOffset? _unservedAt;
    private DateTimeOffset? _lastSuccess;
    private string? _lastError;
    private bool _connected;
    private bool _credentialsRejected;
    private bool _holidayListForbidden;
    private bool _servingStale;
    private volatile bool _masterDataLoaded;

    /// <summary>True once the site's master data has been read (the instance is warmed up).</summary>
    public bool MasterDataLoaded => _masterDataLoaded;

    /// <summary>The site's master data was read (from ERPNext or the shared cache): from now on readiness follows the ERP state alone.</summary>
    public void RecordMasterDataLoaded()
    {
        if (!_masterDataLoaded)
        {
            _masterDataLoaded = true;
        }
    }

    public void RecordSuccess()
    {
        lock (_gate)
        {
            _lastSuccess = timeProvider.GetUtcNow();
            _connected = true;
            _credentialsRejected = false;
            _lastError = null;
            _unservedAt = null;
        }
    }

    /// <summary>A request could not be answered: ERPNext unreachable and nothing usable cached.</summary>
    public void RecordUnserved()
    {
        lock (_gate)
        {
            _unservedAt = timeProvider.GetUtcNow();
        }
    }

    /// <summary>ERPNext could not be reached (timeout, network, 429/5xx).</summary>
    public void RecordUnavailable(string reason)
    {
        lock (_gate)
        {
            _lastError = reason;
            _connected = false;
        }
    }

    /// <summary>ERPNext answered but refused (401 credentials; 403/404/417 query).</summary>
    public void RecordRejected(string reason, bool credentials)
    {
        lock (_gate)
        {
            _lastError = reason;
            _credentialsRejected = credentials;
            _connected = !credentials;
        }
    }

    public void SetHolidayListForbidden(bool forbidden)
    {
        lock (_gate)
        {
            _holidayListForbidden = forbidden;
        }
    }

    public void SetServingStale(bool stale)
    {
        if (Volatile.Read(ref _servingStale) == stale)
        {
            return; // every promise reports it: the lock is taken only when it changes
        }

        lock (_gate)
        {
            _servingStale = stale;
        }
    }

    public SupplyHealthReport GetReport()
    {
        var state = ErpClientMetrics.ToState(breaker);
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            var unserved = _unservedAt is { } at && now - at < _unservedHold;
            return new SupplyHealthReport
            {
                Mode = "ErpNext",
                ErpConnected = _connected && state != CircuitState.Open,
                CredentialsRejected = _credentialsRejected,
                LastError = _lastError,
                LastSuccess = _lastSuccess,
                CircuitBreaker = state,
                RedisConfigured = redis.Configured,
                RedisConnected = redis.IsConnected,
                HolidayListForbidden = _holidayListForbidden,
                ServingStale = _servingStale,
                CanServe = !_credentialsRejected && !unserved && (state != CircuitState.Open || _servingStale),
                MasterDataLoaded = _masterDataLoaded,
            };
        }
    }
}
