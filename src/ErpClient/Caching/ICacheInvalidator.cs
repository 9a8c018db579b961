namespace Promise.ErpClient.Caching;

/// <summary>Evicts cached stock of items on this instance and, through Redis, on every other one.</summary>
internal interface ICacheInvalidator
{
    Task InvalidateItemsAsync(IReadOnlyCollection<string> itemCodes, CancellationToken cancellationToken);
}
