using System.Diagnostics;
using ErpNext.Fake;
using Promise.ErpClient.Health;
using Promise.ErpClient.Supply;

namespace Promise.ErpClient.Tests.Integration;

/// <summary>Failures injected by the fake ERPNext: retries, Retry-After, breaker, refusals, degraded answers.</summary>
public sealed class FakeErpNextFailureTests : IAsyncLifetime
{
    private readonly FakeSite _site = new();

    public Task InitializeAsync() => _site.InitializeAsync();

    public Task DisposeAsync() => _site.DisposeAsync();

    public static TheoryData<string> TransientFaults => ["503", "500", "502", "reset", "truncated", "malformed"];

    private static FakeFault Fault(string name) => name switch
    {
        "reset" => new FakeFault.ConnectionReset(),
        "truncated" => new FakeFault.Truncated(),
        "malformed" => new FakeFault.Malformed(),
        _ => new FakeFault.Status(int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)),
    };

    [Theory]
    [MemberData(nameof(TransientFaults))]
    public async Task GetSnapshot_TransientFaultTwice_IsRetriedAndSucceeds(string fault)
    {
        await using var erp = _site.Client(new() { ["Erp:RetryBaseDelay"] = "00:00:00.010" }, TimeProvider.System);
        _site.Controls.InjectFault("Bin", Fault(fault), times: 2);

        var snapshot = await erp.SnapshotAsync("SKU-3");

        Assert.Single(snapshot.BinsOf("SKU-3"));
        Assert.Equal(3, _site.Count("Bin"));
    }

    [Fact]
    public async Task GetSnapshot_RateLimited_WaitsRetryAfterBeforeRetrying()
    {
        await using var erp = _site.Client(timeProvider: TimeProvider.System);
        _site.Controls.InjectFault("Bin", new FakeFault.RateLimited(1), times: 1);
        var watch = Stopwatch.StartNew();

        var snapshot = await erp.SnapshotAsync("SKU-3");

        Assert.Single(snapshot.BinsOf("SKU-3"));
        var bins = _site.Controls.Requests.Where(r => r.Doctype == "Bin").ToList();
        Assert.Equal(2, bins.Count);
        Assert.True(bins[1].At - bins[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {(bins[1].At - bins[0].At).TotalMilliseconds} ms");
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task GetSnapshot_PersistentServerError_StopsAtTheRetryLimit()
    {
        await using var erp = _site.Client(new() { ["Erp:RetryBaseDelay"] = "00:00:00.010", ["Erp:BreakerMinimumThroughput"] = "100" }, TimeProvider.System);
        _site.Controls.InjectFault("Bin", new FakeFault.Status(503));

        var error = await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.SnapshotAsync("SKU-3"));

        Assert.Equal(3, _site.Count("Bin"));
        Assert.DoesNotContain(FakeErpNextServer.TracebackMarker, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSnapshot_AttemptHangs_AttemptTimeoutThenRetry()
    {
        await using var erp = _site.Client(new() { ["Erp:AttemptTimeout"] = "00:00:01.500", ["Erp:MaxRetries"] = "4", ["Erp:RetryBaseDelay"] = "00:00:00.010" }, TimeProvider.System);
        _site.Controls.InjectFault("Bin", new FakeFault.Hang(), times: 1);

        var snapshot = await erp.SnapshotAsync("SKU-3");

        Assert.Single(snapshot.BinsOf("SKU-3"));
        Assert.InRange(_site.Count("Bin"), 2, 5);
    }

    [Fact]
    public async Task GetSnapshot_CredentialsRotated_RejectedWithoutRetryAndHealthSaysSo()
    {
        _site.Controls.RotateCredentials("new-key", "new-secret");
        await using var erp = _site.Client();

        var error = await Assert.ThrowsAsync<ErpRejectedException>(() => erp.SnapshotAsync("SKU-3"));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("AuthenticationError", error.ErpErrorType);
        Assert.All(_site.Controls.Requests.GroupBy(r => r.Doctype), g => Assert.Single(g));
        Assert.DoesNotContain("test-secret", error.ToString(), StringComparison.Ordinal);
        var health = erp.Health.GetReport();
        Assert.True(health.CredentialsRejected);
        Assert.False(health.CanServe);
    }

    [Fact]
    public async Task GetSnapshot_QueryRejected417_IsNotRetried()
    {
        _site.Controls.InjectFault("Purchase Order", new FakeFault.Status(417));
        await using var erp = _site.Client();

        var error = await Assert.ThrowsAsync<ErpRejectedException>(() => erp.SnapshotAsync("SKU-3"));

        Assert.Equal(417, error.StatusCode);
        Assert.Equal("ValidationError", error.ErpErrorType);
        Assert.Equal(1, _site.Count("Purchase Order"));
        Assert.DoesNotContain(FakeErpNextServer.TracebackMarker, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSnapshot_ErpFailing_BreakerOpensFailsFastAndRecovers()
    {
        await using var erp = _site.Client(new()
        {
            ["Erp:MaxRetries"] = "0",
            ["Erp:BreakerMinimumThroughput"] = "4",
            ["Erp:AttemptTimeout"] = "00:00:20",
            ["Erp:BreakerBreakDuration"] = "00:00:05",
        });
        _site.Controls.InjectFault("*", new FakeFault.Status(503));

        await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.SnapshotAsync("SKU-3"));
        await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.SnapshotAsync("SKU-4"));
        Assert.Equal(CircuitState.Open, erp.Health.GetReport().CircuitBreaker);
        _site.Controls.ResetRequests();
        var fast = await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.SnapshotAsync("SKU-5"));
        Assert.Empty(_site.Controls.Requests);
        Assert.NotNull(fast.RetryAfter);

        _site.Controls.ClearFaults();
        erp.Time.Advance(TimeSpan.FromSeconds(6));
        Core.Supply.SupplySnapshot? snapshot = null;
        for (var attempt = 0; attempt < 5 && snapshot is null; attempt++)
        {
            try
            {
                snapshot = await erp.SnapshotAsync("SKU-5");
            }
            catch (ErpUnavailableException)
            {
                // half-open admits one trial call; the request's parallel reads fail fast until it closes
            }
        }

        Assert.NotNull(snapshot);
        Assert.Equal(CircuitState.Closed, erp.Health.GetReport().CircuitBreaker);
    }

    [Fact]
    public async Task GetSnapshot_ErpDownWithCachedData_AnswersDegradedWithTheDataAge()
    {
        await using var erp = _site.Client(new() { ["Erp:MaxRetries"] = "0", ["Erp:BreakerMinimumThroughput"] = "1000" });
        await erp.SnapshotAsync("SKU-3");
        erp.Time.Advance(TimeSpan.FromMinutes(2));
        _site.Controls.InjectFault("*", new FakeFault.Status(503));

        var revalidating = await erp.SnapshotAsync("SKU-3");
        await erp.Provider.WhenRefreshesDoneAsync();
        var degraded = await erp.SnapshotAsync("SKU-3");
        await erp.Provider.WhenRefreshesDoneAsync(); // its refresh fails too; let it finish before ERPNext comes back

        Assert.False(revalidating.Degraded);
        Assert.True(degraded.Degraded);
        Assert.Equal(Support.ErpHarness.Start, degraded.DataAsOf);
        Assert.Single(degraded.BinsOf("SKU-3"));
        var health = erp.Health.GetReport();
        Assert.True(health.ServingStale);
        Assert.True(health.CanServe);
        Assert.False(health.ErpConnected);

        _site.Controls.ClearFaults();
        await erp.SnapshotAsync("SKU-3");
        await erp.Provider.WhenRefreshesDoneAsync();
        var recovered = await erp.SnapshotAsync("SKU-3");
        Assert.False(recovered.Degraded);
    }
}
