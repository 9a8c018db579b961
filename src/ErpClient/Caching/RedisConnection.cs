using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Promise.ErpClient.Configuration;
using Promise.ErpClient.Observability;
using StackExchange.Redis;

namespace Promise.ErpClient.Caching;

/// <summary>
/// The shared multiplexer, connected lazily with <c>abortConnect=false</c> so the service starts and runs
/// without Redis; StackExchange.Redis reconnects by itself when Redis comes back. Commands fail fast while
/// disconnected instead of queueing (our own timeouts bound every call anyway).
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable, IDisposable
{
    private readonly RedisOptions _options;
    private readonly ILogger<RedisConnection> _logger;
    private readonly Lazy<Task<ConnectionMultiplexer?>> _connection;

    public RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger)
    {
        _options = options.Value;
        _logger = logger;
        _connection = new Lazy<Task<ConnectionMultiplexer?>>(ConnectAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Invoked on every new connection (e.g. to subscribe to the invalidation channel).</summary>
    public event Action<ConnectionMultiplexer>? Connected;

    public bool Configured => _options.Enabled;

    public bool IsConnected => _connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully && _connection.Value.Result is { IsConnected: true };

    public string KeyPrefix => _options.KeyPrefix;

    /// <summary>The multiplexer (connecting on first use), or null when Redis is not configured or could not be set up.</summary>
    public Task<ConnectionMultiplexer?> GetAsync() => Configured ? _connection.Value : Task.FromResult<ConnectionMultiplexer?>(null);

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && await _connection.Value is { } mux)
        {
            await mux.DisposeAsync();
        }
    }

    public void Dispose()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            _connection.Value.Result?.Dispose();
        }
    }

    private async Task<ConnectionMultiplexer?> ConnectAsync()
    {
        try
        {
            var config = ConfigurationOptions.Parse(_options.Configuration!);
            config.AbortOnConnectFail = false;
            config.ConnectTimeout = (int)_options.ConnectTimeout.TotalMilliseconds;
            config.BacklogPolicy = BacklogPolicy.FailFast;
            config.ReconnectRetryPolicy = new LinearRetry(500);
            config.ClientName ??= "promise-erpclient";
            var mux = await ConnectionMultiplexer.ConnectAsync(config);
            Connected?.Invoke(mux);
            return mux;
        }
        catch (Exception e) when (e is RedisException or ArgumentException or InvalidOperationException)
        {
            Log.L2Failed(_logger, "connect", e.GetType().Name);
            return null;
        }
    }
}
