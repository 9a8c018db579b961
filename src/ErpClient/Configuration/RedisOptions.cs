namespace Promise.ErpClient.Configuration;

/// <summary>The <c>Redis:*</c> configuration section (the optional L2 cache and invalidation bus).</summary>
public sealed class RedisOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Redis";

    /// <summary><c>Redis:Configuration</c>: StackExchange.Redis connection string; empty means no L2 cache. Never logged.</summary>
    public string? Configuration { get; set; }

    /// <summary><c>Redis:KeyPrefix</c>: prefix of every key and of the invalidation channel (default <c>promise:</c>).</summary>
    public string KeyPrefix { get; set; } = "promise:";

    /// <summary><c>Redis:OperationTimeout</c>: our own bound on every L2 call (default 50 ms).</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary><c>Redis:ConnectTimeout</c>: connect timeout of the multiplexer (default 2 s).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary><c>Redis:FailureThreshold</c>: consecutive L2 failures that make us skip Redis (default 3).</summary>
    public int FailureThreshold { get; set; } = 3;

    /// <summary><c>Redis:BreakDuration</c>: how long L2 is skipped after <see cref="FailureThreshold"/> failures (default 5 s).</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>True when a connection string is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);
}
