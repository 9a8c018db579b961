using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Promise.ErpClient.Configuration;
using Promise.ErpClient.Observability;
using StackExchange.Redis;

namespace Promise.ErpClient.Caching;

/// <summary>
/// The L2 tier: Redis, shared by every instance. Every call is bounded by <c>Redis:OperationTimeout</c> and
/// guarded by <see cref="L2Breaker"/>; any failure degrades to "no L2" (a miss), never to an error of the caller.
/// </summary>
internal sealed class RedisL2Cache(
    RedisConnection connection,
    L2Breaker breaker,
    IOptions<RedisOptions> options,
    TimeProvider timeProvider,
    ILogger<RedisL2Cache> logger)
{
    private readonly TimeSpan _timeout = options.Value.OperationTimeout;

    public bool Enabled => connection.Configured;

    /// <summary>The entries found, or null when L2 could not be asked (skipped by the breaker, failed, timed out).</summary>
    public async Task<Dictionary<string, CacheEntry<T>>?> GetManyAsync<T>(string kind, IReadOnlyList<string> keys, JsonTypeInfo<CacheEnvelope<T>> typeInfo)
    {
        if (!Usable())
        {
            return null;
        }

        var found = new Dictionary<string, CacheEntry<T>>(StringComparer.Ordinal);
        var values = await GuardAsync("get", async db => await db.StringGetAsync(keys.Select(k => RedisKey(kind, k)).ToArray()));
        if (values is null)
        {
            return null;
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (values[i].IsNull)
            {
                continue;
            }

            try
            {
                var envelope = JsonSerializer.Deserialize((byte[])values[i]!, typeInfo);
                if (envelope is not null)
                {
                    found[keys[i]] = new CacheEntry<T>(envelope.Value, DateTimeOffset.FromUnixTimeMilliseconds(envelope.FetchedAtUnixMs));
                }
            }
            catch (JsonException)
            {
                // An entry written by an incompatible version: treat as a miss; the fresh value overwrites it.
            }
        }

        return found;
    }

    public Task SetManyAsync<T>(string kind, IReadOnlyList<(string Key, CacheEntry<T> Entry, TimeSpan Expiry)> entries, JsonTypeInfo<CacheEnvelope<T>> typeInfo)
    {
        if (entries.Count == 0 || !Usable())
        {
            return Task.CompletedTask;
        }

        var pairs = entries.Select(e => (Key: RedisKey(kind, e.Key), e.Expiry, Value: (RedisValue)JsonSerializer.SerializeToUtf8Bytes(
            new CacheEnvelope<T>(e.Entry.Value, e.Entry.FetchedAt.ToUnixTimeMilliseconds()), typeInfo))).ToList();
        return GuardAsync("set", async db =>
        {
            await Task.WhenAll(pairs.Select(p => db.StringSetAsync(p.Key, p.Value, p.Expiry)));
            return true;
        });
    }

    public Task DeleteAsync(string kind, IReadOnlyList<string> keys) =>
        keys.Count == 0 || !Usable()
            ? Task.CompletedTask
            : GuardAsync("delete", async db => await db.KeyDeleteAsync(keys.Select(k => RedisKey(kind, k)).ToArray()));

    public Task PublishAsync(RedisChannel channel, byte[] message) =>
        !Usable() ? Task.CompletedTask : GuardAsync("publish", async db => await db.PublishAsync(channel, message));

    private RedisKey RedisKey(string kind, string key) => new(string.Concat(connection.KeyPrefix, kind, ":", key));

    private bool Usable() => connection.Configured && !breaker.IsOpen;

    private async Task<TResult?> GuardAsync<TResult>(string operation, Func<IDatabase, Task<TResult>> call)
    {
        try
        {
            var work = CallAsync(call);
            _ = work.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            var result = await work.WaitAsync(_timeout, timeProvider);
            breaker.RecordSuccess();
            return result;
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException or InvalidOperationException)
        {
            breaker.RecordFailure();
            Log.L2Failed(logger, operation, e.GetType().Name);
            return default;
        }
    }

    private async Task<TResult> CallAsync<TResult>(Func<IDatabase, Task<TResult>> call)
    {
        var mux = await connection.GetAsync() ?? throw new InvalidOperationException("Redis is not connected.");
        return await call(mux.GetDatabase());
    }
}
