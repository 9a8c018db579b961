namespace Promise.ErpClient.Caching;

/// <summary>Embedded mode caches nothing: invalidations are accepted and have nothing to evict.</summary>
internal sealed class NoCacheInvalidator : ICacheInvalidator
{
    public Task InvalidateItemsAsync(IReadOnlyCollection<string> itemCodes, CancellationToken cancellationToken) => Task.CompletedTask;
}
