namespace Promise.ErpClient.Caching;

/// <summary>
/// Cross-request coalescing with adaptive batching. Keys wanted by concurrent callers go into the batch being
/// collected; a key already being fetched is shared by every caller instead of being fetched again, and a key
/// invalidated since its fetch started is fetched anew (generation check). A batch leaves when
/// <see cref="BatchPolicy.Window"/> has passed since its first key, unless the fetches of this kind in flight
/// already carry <see cref="BatchPolicy.MaxItemsInFlight"/> keys or more (the load is high): then it keeps
/// collecting until a fetch returns and brings them below, but never longer than <see cref="BatchPolicy.MaxHold"/>.
/// A batch of <see cref="BatchPolicy.MaxBatchItems"/> keys leaves at once. So batches grow with the load while a
/// lone request, or a moderate load, waits only the window. A failed fetch fails only the callers of its keys;
/// the shared fetch is never cancelled by one caller (callers only stop waiting). One timer serves the batch being
/// collected (its window, then its hold); the fake clock of tests fires it inside <c>Advance</c>.
/// </summary>
internal sealed class BatchCoalescer<TValue>
{
    private readonly string _kind;
    private readonly Func<IReadOnlyList<BatchKey>, Task<IReadOnlyDictionary<string, TValue>>> _fetchBatch;
    private readonly GenerationTracker _generations;
    private readonly BatchPolicy _policy;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    private readonly ITimer _timer;
    private List<(BatchKey Key, Pending Pending)> _open = [];
    private long _openSince;
    private bool _windowElapsed;
    private int _inFlight;
    private int _keysInFlight;

    public BatchCoalescer(
        string kind,
        Func<IReadOnlyList<BatchKey>, Task<IReadOnlyDictionary<string, TValue>>> fetchBatch,
        GenerationTracker generations,
        BatchPolicy policy,
        TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(policy.MaxBatchItems, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(policy.MaxItemsInFlight);
        _kind = kind;
        _fetchBatch = fetchBatch;
        _generations = generations;
        _policy = policy;
        _timeProvider = timeProvider;
        _timer = timeProvider.CreateTimer(static c => ((BatchCoalescer<TValue>)c!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Fetches of this kind in flight now (for tests and diagnostics).</summary>
    public int InFlight
    {
        get
        {
            lock (_gate)
            {
                return _inFlight;
            }
        }
    }

    /// <param name="keys">Normalized key and ERPNext spelling, distinct by key.</param>
    /// <param name="cancellationToken">Stops this caller waiting; the shared fetch goes on.</param>
    public async Task<Dictionary<string, TValue>> LoadAsync(IReadOnlyList<(string Key, string Spelling)> keys, CancellationToken cancellationToken)
    {
        var waits = new List<(string Key, Task<TValue> Task)>(keys.Count);
        List<List<(BatchKey, Pending)>>? full = null;
        var queueZeroWindow = false;
        lock (_gate)
        {
            var opened = false;
            foreach (var (key, spelling) in keys)
            {
                var generation = _generations.Current(_kind, key);
                if (_pending.TryGetValue(key, out var existing) && existing.Generation == generation)
                {
                    waits.Add((key, existing.Completion.Task));
                    continue;
                }

                var pending = new Pending(generation);
                _pending[key] = pending;
                if (_open.Count == 0)
                {
                    _openSince = _timeProvider.GetTimestamp();
                    opened = true;
                }

                _open.Add((new BatchKey(key, spelling, generation), pending));
                waits.Add((key, pending.Completion.Task));
                if (_open.Count >= _policy.MaxBatchItems)
                {
                    (full ??= []).Add(TakeOpen());
                    opened = false;
                }
            }

            if (opened && _policy.Window > TimeSpan.Zero)
            {
                _timer.Change(_policy.Window, Timeout.InfiniteTimeSpan);
            }

            queueZeroWindow = opened && _policy.Window <= TimeSpan.Zero;
        }

        foreach (var batch in full ?? [])
        {
            _ = RunAsync(batch);
        }

        if (queueZeroWindow)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static c => c.OnTimer(), this, preferLocal: false); // the next thread-pool turn
        }

        var result = new Dictionary<string, TValue>(waits.Count, StringComparer.Ordinal);
        foreach (var (key, task) in waits)
        {
            result[key] = await task.WaitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// The one timer of the open batch fired (its window or its hold ended). A timer armed for an earlier batch
    /// may fire too: the open batch's own age decides, and the timer is re-armed for what remains.
    /// </summary>
    private void OnTimer()
    {
        List<(BatchKey, Pending)>? batch = null;
        lock (_gate)
        {
            if (_open.Count == 0)
            {
                return;
            }

            var age = _timeProvider.GetElapsedTime(_openSince);
            if (!_windowElapsed)
            {
                if (age < _policy.Window)
                {
                    _timer.Change(_policy.Window - age, Timeout.InfiniteTimeSpan);
                    return;
                }

                _windowElapsed = true;
            }

            if (!Busy || age >= _policy.MaxHold)
            {
                batch = TakeOpen(); // a batch held up to MaxHold leaves even though the fetches in flight have not returned
            }
            else
            {
                _timer.Change(_policy.MaxHold - age, Timeout.InfiniteTimeSpan);
            }
        }

        if (batch is not null)
        {
            _ = RunAsync(batch);
        }
    }

    /// <summary>Under the lock: the fetches in flight carry enough keys that a due batch waits for one to return.</summary>
    private bool Busy => _inFlight > 0 && _keysInFlight >= _policy.MaxItemsInFlight;

    /// <summary>Under the lock: the open batch leaves and counts as in flight.</summary>
    private List<(BatchKey, Pending)> TakeOpen()
    {
        var batch = _open;
        _open = [];
        _windowElapsed = false;
        _inFlight++;
        _keysInFlight += batch.Count;
        return batch;
    }

    private async Task RunAsync(List<(BatchKey Key, Pending Pending)> batch)
    {
        IReadOnlyDictionary<string, TValue>? values = null;
        Exception? failure = null;
        try
        {
            values = await _fetchBatch(batch.ConvertAll(b => b.Key)).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Every failure must reach the waiting callers, whatever its type.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failure = e;
        }

        // Forgotten before any caller sees the result: a caller that comes after must fetch anew, not share this one.
        var next = Completed(batch);
        foreach (var (key, pending) in batch)
        {
            if (failure is not null)
            {
                pending.Completion.TrySetException(failure);
                _ = pending.Completion.Task.Exception; // observed here; callers that stopped waiting must not crash the process
            }
            else if (values!.TryGetValue(key.Key, out var value))
            {
                pending.Completion.TrySetResult(value);
            }
            else
            {
                pending.Completion.TrySetException(new KeyNotFoundException($"The batch fetch returned no value for a {_kind} key."));
            }
        }

        if (next is not null)
        {
            _ = RunAsync(next);
        }
    }

    /// <summary>A fetch returned: forget its keys and, if the batch collected meanwhile is due, send it.</summary>
    private List<(BatchKey, Pending)>? Completed(List<(BatchKey Key, Pending Pending)> batch)
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

            _inFlight--;
            _keysInFlight -= batch.Count;
            return _windowElapsed && _open.Count > 0 && !Busy ? TakeOpen() : null;
        }
    }

    private sealed class Pending(long generation)
    {
        public long Generation { get; } = generation;

        public TaskCompletionSource<TValue> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
