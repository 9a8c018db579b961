namespace Promise.Api.Health;

/// <summary>The <c>redis</c> object of <c>/health</c>.</summary>
public sealed record RedisHealth(bool Configured, bool Connected);
