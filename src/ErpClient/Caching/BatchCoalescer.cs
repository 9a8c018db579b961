namespace Promise.ErpClient.Caching;

/// <summary>
/// Cross-request coalescing: keys wanted by concurrent callers within <c>Erp:CoalesceWindow</c> go into one
/// batch (at most <c>Erp:MaxBatchItems</c> keys), and a key already being fetched is shared by every caller
/// instead of being fetched again. A key invalidated since its fetch started is fetched anew (generation check).
/// The shared fetch is never cancelled by one caller; callers only stop waiting.
/// </summary>
internal sealed class BatchCoalescer<TValue>(
    string kind,
    Func<IReadOnlyList<BatchKey>, Task<IReadOnlyDictionary<string, TValue>>> fetchBatch,
    GenerationTracker generations,
    TimeSpan window,
    int maxBatch,
    TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    private List<(BatchKey Key, Pending Pending)> _batch = [];
    private bool _flushScheduled;

    /// <param name="keys">Normalized key and ERPNext spelling, distinct by key.</param>
    /// <param name="cancellationToken">Stops this caller waiting; the shared fetch goes on.</param>
    public async Task<Dictionary<string, TValue>> LoadAsync(IReadOnlyList<(string Key, string Spelling)> keys, CancellationToken cancellationToken)
    {
        var waits = new List<(string Key, Task<TValue> Task)>(keys.Count);
        List<List<(BatchKey, Pending)>>? full = null;
        var schedule = false;
        lock (_gate)
        {
            foreach (var (key, spelling) in keys)
            {
                var generation = generations.Current(kind, key);
                if (_pending.TryGetValue(key, out var existing) && existing.Generation == generation)
                {
                    waits.Add((key, existing.Completion.Task));
                    continue;
                }

                var pending = new Pending(generation);
                _pending[key] = pending;
                _batch.Add((new BatchKey(key, spelling, generation), pending));
                waits.Add((key, pending.Completion.Task));
                if (_batch.Count >= maxBatch)
                {
                    (full ??= []).Add(_batch);
                    _batch = [];
                }
            }

            if (_batch.Count > 0 && !_flushScheduled)
            {
                _flushScheduled = true;
                schedule = true;
            }
        }

        foreach (var batch in full ?? [])
        {
            _ = RunAsync(batch);
        }

        if (schedule)
        {
            _ = FlushAfterWindowAsync();
        }

        var result = new Dictionary<string, TValue>(waits.Count, StringComparer.Ordinal);
        foreach (var (key, task) in waits)
        {
            result[key] = await task.WaitAsync(cancellationToken);
        }

        return result;
    }

    private async Task FlushAfterWindowAsync()
    {
        if (window > TimeSpan.Zero)
        {
            await Task.Delay(window, timeProvider);
        }
        else
        {
            await Task.Yield();
        }

        List<(BatchKey, Pending)> batch;
        lock (_gate)
        {
            batch = _batch;
            _batch = [];
            _flushScheduled = false;
        }

        if (batch.Count > 0)
        {
            await RunAsync(batch);
        }
    }

    private async Task RunAsync(List<(BatchKey Key, Pending Pending)> batch)
    {
        try
        {
            var values = await fetchBatch(batch.ConvertAll(b => b.Key));
            foreach (var (key, pending) in batch)
            {
                if (values.TryGetValue(key.Key, out var value))
                {
                    pending.Completion.TrySetResult(value);
                }
                else
                {
                    pending.Completion.TrySetException(new KeyNotFoundException($"The batch fetch returned no value for a {kind} key."));
                }
            }
        }
#pragma warning disable CA1031 // Every failure must reach the waiting callers, whatever its type.
        catch (Exception e)
#pragma warning restore CA1031
        {
            foreach (var (_, pending) in batch)
            {
                pending.Completion.TrySetException(e);
                _ = pending.Completion.Task.Exception; // observed here; callers that stopped waiting must not crash the process
            }
        }
        finally
        {
            lock (_gate)
            {
                foreach (var (key, pending) in batch)
                {
                    if (_pending.TryGetValue(key.Key, out var current) && ReferenceEquals(current, pending))
                    {
                        _pending.Remove(key.Key);
                    }
                }
            }
        }
    }

    private sealed class Pending(long generation)
    {
        public long Generation { get; } = generation;

        public TaskCompletionSource<TValue> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
