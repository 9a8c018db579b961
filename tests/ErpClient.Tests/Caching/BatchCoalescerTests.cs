using Microsoft.Extensions.Time.Testing;
using Promise.ErpClient.Caching;

namespace Promise.ErpClient.Tests.Caching;

/// <summary>
/// The adaptive batching of <see cref="BatchCoalescer{TValue}"/> on a fake clock: every fetch is held open
/// by the test, so what is in flight, and when a batch leaves, is decided by the test alone.
/// </summary>
public sealed class BatchCoalescerTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan Hold = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task Load_LoneRequest_LeavesWhenTheWindowEndsNotLater()
    {
        var fetches = new GatedFetches();
        var time = new FakeTimeProvider();
        var coalescer = fetches.Coalescer(time, new BatchPolicy(Window, 200, 0, Hold));

        var load = coalescer.LoadAsync(Keys("a", "b"), CancellationToken.None);
        time.Advance(Window - TimeSpan.FromTicks(1));
        Assert.Empty(fetches.Calls);
        time.Advance(TimeSpan.FromTicks(1));

        var call = Assert.Single(fetches.Calls);
        Assert.Equal(["a", "b"], call.Keys);
        await call.SucceedAsync();
        Assert.Equal("v:a", (await load)["a"]);
    }

    [Fact]
    public async Task Load_WhileAFetchIsInFlight_NextBatchGrowsAndLeavesWhenItReturns()
    {
        var fetches = new GatedFetches();
        var time = new FakeTimeProvider();
        var coalescer = fetches.Coalescer(time, new BatchPolicy(Window, 200, 0, Hold));
        var first = coalescer.LoadAsync(Keys("a"), CancellationToken.None);
        time.Advance(Window);
        Assert.Single(fetches.Calls);

        var later = new List<Task<Dictionary<string, string>>>();
        foreach (var key in new[] { "b", "c", "d", "e" })
        {
            later.Add(coalescer.LoadAsync(Keys(key), CancellationToken.None));
            time.Advance(Window); // each window ends while the first fetch is still out
        }

        Assert.Single(fetches.Calls);
        await fetches.Calls[0].SucceedAsync();

        Assert.Equal(2, fetches.Calls.Count);
        Assert.Equal(["b", "c", "d", "e"], fetches.Calls[1].Keys);
        await fetches.Calls[1].SucceedAsync();
        await first;
        Assert.Equal(["v:b", "v:c", "v:d", "v:e"], (await Task.WhenAll(later)).Select(r => r.Values.Single()));
        Assert.Equal(0, coalescer.InFlight);
    }

    [Fact]
    public async Task Load_FetchInFlightLongerThanMaxHold_HeldBatchLeavesAtMaxHold()
    {
        var fetches = new GatedFetches();
        var time = new FakeTimeProvider();
        var coalescer = fetches.Coalescer(time, new BatchPolicy(Window, 200, 0, Hold));
        _ = coalescer.LoadAsync(Keys("a"), CancellationToken.None);
        time.Advance(Window);

        var held = coalescer.LoadAsync(Keys("b"), CancellationToken.None);
        time.Advance(Hold - TimeSpan.FromTicks(1));
        Assert.Single(fetches.Calls);
        time.Advance(TimeSpan.FromTicks(1));

        Assert.Equal(2, fetches.Calls.Count);
        Assert.Equal(2, coalescer.InFlight);
        await fetches.Calls[1].SucceedAsync();
        Assert.Equal("v:b", (await held)["b"]);
    }

    [Fact]
    public async Task Load_KeysInFlightBelowThreshold_BatchLeavesAtItsWindowAtThresholdItWaits()
    {
        var fetches = new GatedFetches();
        var time = new FakeTimeProvider();
        var coalescer = fetches.Coalescer(time, new BatchPolicy(Window, 200, 2, Hold)); // moderate load: up to 2 keys in flight

        var loads = new[] { "a", "b", "c" }.Select(key =>
        {
            var load = coalescer.LoadAsync(Keys(key), CancellationToken.None);
            time.Advance(Window);
            return load;
        }).ToList();

        Assert.Equal(2, fetches.Calls.Count);
        await fetches.Calls[1].SucceedAsync();
        Assert.Equal(3, fetches.Calls.Count);
        Assert.Equal(["c"], fetches.Calls[2].Keys);
        await fetches.Calls[0].SucceedAsync();
        await fetches.Calls[2].SucceedAsync();
        await Task.WhenAll(loads);
    }

    [Fact]
    public async Task Load_OneBatchFails_OnlyItsWaitersFailAndTheNextBatchStillLeaves()
    {
        var fetches = new GatedFetches();
        var time = new FakeTimeProvider();
        var coalescer = fetches.Coalescer(time, new BatchPolicy(Window, 200, 0, Hold));
        var failing = coalescer.LoadAsync(Keys("a", "b"), CancellationToken.None);
        time.Advance(Window);
        var healthy = coalescer.LoadAsync(Keys("c"), CancellationToken.None);
        time.Advance(Window);

        await fetches.Calls[0].FailAsync(new TimeoutException("ERPNext did not answer"));

        await Assert.ThrowsAsync<TimeoutException>(() => failing);
        Assert.Equal(2, fetches.Calls.Count);
        await fetches.Calls[1].SucceedAsync();
        Assert.Equal("v:c", (await healthy)["c"]);
        var retried = coalescer.LoadAsync(Keys("a"), CancellationToken.None);
        time.Advance(Window);
        await fetches.Calls[2].SucceedAsync(); // a failed key is not remembered: the next caller fetches it again
        Assert.Equal("v:a", (await retried)["a"]);
    }

    [Fact]
    public async Task Load_OneCallerCancels_OthersSharingTheFetchStillGetTheValue()
    {
        var fetches = new GatedFetches();
        var time = new FakeTimeProvider();
        var coalescer = fetches.Coalescer(time, new BatchPolicy(Window, 200, 0, Hold));
        using var cancel = new CancellationTokenSource();
        var leaving = coalescer.LoadAsync(Keys("a"), cancel.Token);
        var staying = coalescer.LoadAsync(Keys("a", "b"), CancellationToken.None);
        time.Advance(Window);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        var call = Assert.Single(fetches.Calls);
        Assert.Equal(["a", "b"], call.Keys);
        await call.SucceedAsync();
        Assert.Equal("v:a", (await staying)["a"]);
    }

    [Fact]
    public async Task Load_MoreKeysThanMaxBatchItems_FullBatchesLeaveAtOnceEvenWithAFetchInFlight()
    {
        var fetches = new GatedFetches();
        var time = new FakeTimeProvider();
        var coalescer = fetches.Coalescer(time, new BatchPolicy(Window, 3, 0, Hold));
        var first = coalescer.LoadAsync(Keys("x"), CancellationToken.None);
        time.Advance(Window);

        var big = coalescer.LoadAsync(Keys("a", "b", "c", "d", "e", "f", "g"), CancellationToken.None);

        Assert.Equal(3, fetches.Calls.Count); // two full batches, no waiting for the window or the fetch in flight
        Assert.Equal(["a", "b", "c"], fetches.Calls[1].Keys);
        Assert.Equal(["d", "e", "f"], fetches.Calls[2].Keys);
        time.Advance(Window);
        Assert.Equal(3, fetches.Calls.Count); // the remainder is held behind the fetches in flight
        await fetches.Calls[0].SucceedAsync();
        await fetches.Calls[1].SucceedAsync();
        await fetches.Calls[2].SucceedAsync();
        Assert.Equal(["g"], fetches.Calls[3].Keys);
        await fetches.Calls[3].SucceedAsync();
        await first;
        Assert.Equal(7, (await big).Count);
    }

    [Fact]
    public async Task Load_KeyAlreadyInFlight_IsSharedNotFetchedAgain()
    {
        var fetches = new GatedFetches();
        var time = new FakeTimeProvider();
        var coalescer = fetches.Coalescer(time, new BatchPolicy(Window, 200, 0, Hold));
        var first = coalescer.LoadAsync(Keys("a"), CancellationToken.None);
        time.Advance(Window);

        var second = coalescer.LoadAsync(Keys("a"), CancellationToken.None);
        time.Advance(Hold);

        await fetches.Calls[0].SucceedAsync();
        Assert.Single(fetches.Calls);
        Assert.Equal("v:a", (await second)["a"]);
        await first;
    }

    private static (string Key, string Spelling)[] Keys(params string[] keys) => [.. keys.Select(k => (k, k.ToUpperInvariant()))];

    /// <summary>Records each batch fetch and completes it only when the test says so.</summary>
    private sealed class GatedFetches
    {
        public List<Call> Calls { get; } = [];

        public BatchCoalescer<string> Coalescer(TimeProvider time, BatchPolicy policy) =>
            new("test", Fetch, new GenerationTracker(time), policy, time);

        private Task<IReadOnlyDictionary<string, string>> Fetch(IReadOnlyList<BatchKey> keys)
        {
            var call = new Call([.. keys.Select(k => k.Key)]);
            lock (Calls)
            {
                Calls.Add(call);
            }

            return call.Result.Task;
        }

        public sealed class Call(string[] keys)
        {
            public string[] Keys { get; } = keys;

            public TaskCompletionSource<IReadOnlyDictionary<string, string>> Result { get; } = new();

            // Completed from the thread pool (no synchronization context), where the coalescer's continuation runs
            // inline: when the returned task completes, whatever the completion set off has happened.
            public Task SucceedAsync() => Task.Run(() => Result.SetResult(Keys.ToDictionary(k => k, k => "v:" + k)));

            public Task FailAsync(Exception e) => Task.Run(() => Result.SetException(e));
        }
    }
}
