using System.Text.Json;
using Microsoft.Extensions.Logging;
using Promise.ErpClient.Observability;
using StackExchange.Redis;

namespace Promise.ErpClient.Caching;

/// <summary>
/// Invalidation of item stock: bumps each key's generation (so in-flight fetches do not write back), evicts
/// L1 and L2, and publishes the keys on <c>{Redis:KeyPrefix}invalidate</c>; every instance subscribes and
/// evicts locally. Subscription is (re)attempted whenever the connection is restored. Redis pub/sub keeps
/// nothing for an instance that is not listening, so whenever this instance starts listening (the first
/// subscription, and every restored connection) it drops the stock it cached meanwhile: any of it may have
/// missed an invalidation. Stock is re-read on the next request; master data is kept.
/// </summary>
internal sealed class CacheInvalidator : ICacheInvalidator
{
    private readonly L1Cache _l1;
    private readonly RedisL2Cache _l2;
    private readonly GenerationTracker _generations;
    private readonly RedisConnection _connection;
    private readonly ILogger<CacheInvalidator> _logger;
    private readonly TimeProvider _timeProvider;
    private readonly RedisChannel _channel;
    private readonly string _origin = Guid.NewGuid().ToString("N");
    private int _subscribed;

    public CacheInvalidator(
        L1Cache l1, RedisL2Cache l2, GenerationTracker generations, RedisConnection connection, TimeProvider timeProvider, ILogger<CacheInvalidator> logger)
    {
        _timeProvider = timeProvider;
        _l1 = l1;
        _l2 = l2;
        _generations = generations;
        _connection = connection;
        _logger = logger;
        _channel = RedisChannel.Literal(connection.KeyPrefix + "invalidate");
        if (connection.Configured)
        {
            _ = StartAsync();
        }
    }

    /// <summary>True once this instance listens on the invalidation channel.</summary>
    public bool IsSubscribed => Volatile.Read(ref _subscribed) == 1;

    public async Task InvalidateItemsAsync(IReadOnlyCollection<string> itemCodes, CancellationToken cancellationToken)
    {
        var keys = itemCodes.Select(CacheKeys.Normalize).Distinct(StringComparer.Ordinal).ToList();
        var at = _timeProvider.GetUtcNow();
        EvictLocal(CacheKeys.Stock, keys, at);
        await _l2.DeleteAsync(CacheKeys.Stock, keys);
        var message = JsonSerializer.SerializeToUtf8Bytes(
            new InvalidationMessage(_origin, CacheKeys.Stock, keys, at), CacheJsonContext.Default.InvalidationMessage);
        await _l2.PublishAsync(_channel, message);
    }

    private void EvictLocal(string kind, IEnumerable<string> keys, DateTimeOffset? at)
    {
        foreach (var key in keys)
        {
            _generations.Bump(kind, key, at);
            _l1.Remove(kind, key);
        }
    }

    private async Task StartAsync()
    {
        var mux = await _connection.GetAsync();
        if (mux is null)
        {
            return;
        }

        mux.ConnectionRestored += (_, _) =>
        {
            DropCachedStock("connection restored");
            _ = TrySubscribeAsync(mux);
        };
        await TrySubscribeAsync(mux);
    }

    /// <summary>Forgets every stock entry of L1, and makes fetches already under way not write back.</summary>
    private void DropCachedStock(string why)
    {
        _generations.BumpAll(CacheKeys.Stock);
        Log.StockDropped(_logger, _l1.RemoveAll(CacheKeys.Stock), why);
    }

    private async Task TrySubscribeAsync(ConnectionMultiplexer mux)
    {
        if (Volatile.Read(ref _subscribed) == 1)
        {
            return;
        }

        try
        {
            await mux.GetSubscriber().SubscribeAsync(_channel, (_, value) => OnMessage(value));

            // Listening now; what was cached before may have missed an invalidation (dropped before the flag is
            // set, so whoever sees IsSubscribed also sees the drop).
            DropCachedStock("subscribed");
            Interlocked.Exchange(ref _subscribed, 1);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Log.L2Failed(_logger, "subscribe", e.GetType().Name);
        }
    }

    private void OnMessage(RedisValue value)
    {
        try
        {
            var message = JsonSerializer.Deserialize((byte[])value!, CacheJsonContext.Default.InvalidationMessage);
            if (message is not null && message.Origin != _origin)
            {
                EvictLocal(message.Kind, message.Keys, message.At);
                // This instance's own write of an older value may have reached Redis after the sender's delete.
                _ = _l2.DeleteAsync(message.Kind, message.Keys);
            }
        }
        catch (JsonException)
        {
            Log.L2Failed(_logger, "invalidation message", "malformed");
        }
    }
}
