namespace Promise.ErpClient.Caching;

/// <summary>When a <see cref="BatchCoalescer{TValue}"/> sends the batch it is collecting.</summary>
/// <param name="Window"><c>Erp:CoalesceWindow</c>: the least time a batch collects (zero: the next thread-pool turn).</param>
/// <param name="MaxBatchItems"><c>Erp:MaxBatchItems</c>: a batch this large leaves at once.</param>
/// <param name="MaxItemsInFlight"><c>Erp:MaxItemsInFlight</c>: item codes of one kind being fetched from which the next batch waits for a fetch to return (0: whenever one is in flight).</param>
/// <param name="MaxHold"><c>Erp:MaxBatchHold</c>: the longest a batch waits (from its first key) for a fetch of its kind to return.</param>
internal readonly record struct BatchPolicy(TimeSpan Window, int MaxBatchItems, int MaxItemsInFlight, TimeSpan MaxHold);
