namespace Promise.ErpClient.Caching;

/// <summary>When a <see cref="BatchCoalescer{TValue}"/> sends the batch it is collecting.</summary>
/// <param name="Window"><c>Erp:CoalesceWindow</c>: the least time a batch collects (zero: the next thread-pool turn).</param>
/// <param name="MaxBatchItems"><c>Erp:MaxBatchItems</c>: a batch this large leaves at once.</param>
/// <param name="MaxInFlight"><c>Erp:MaxBatchesInFlight</c>: fetches of one kind in flight before the next batch waits for one to return.</param>
/// <param name="MaxHold"><c>Erp:MaxBatchHold</c>: the longest a batch waits (from its first key) for a fetch of its kind to return.</param>
internal readonly record struct BatchPolicy(TimeSpan Window, int MaxBatchItems, int MaxInFlight, TimeSpan MaxHold);
