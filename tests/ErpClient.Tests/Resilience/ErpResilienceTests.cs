using System.Net;
using Promise.ErpClient.Health;
using Promise.ErpClient.Supply;
using Promise.ErpClient.Tests.Support;

namespace Promise.ErpClient.Tests.Resilience;

public sealed class ErpResilienceTests
{
    private static Func<StubCall, HttpResponseMessage?> FailBins(int times, Func<HttpResponseMessage> response)
    {
        var left = times;
        return c => c.Doctype == "Bin" && Interlocked.Decrement(ref left) >= 0 ? response() : null;
    }

    [Fact]
    public async Task GetSnapshot_ServerErrorsThenSuccess_RetriesWithBackoff()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        erp.Stub.Intercept = FailBins(2, () => StubErpHandler.Json(HttpStatusCode.ServiceUnavailable, "{}"));

        var snapshot = await erp.PumpAsync(erp.SnapshotAsync("SKU-2"));

        Assert.Single(snapshot.BinsOf("SKU-2"));
        var bins = erp.Stub.Calls.Where(c => c.Doctype == "Bin").ToList();
        Assert.Equal(3, bins.Count);
        Assert.True(bins[1].At > bins[0].At, "the first retry waited");
        Assert.True(bins[2].At > bins[1].At, "the second retry waited");
    }

    [Fact]
    public async Task GetSnapshot_RateLimited_WaitsForRetryAfter()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        erp.Stub.Intercept = FailBins(1, () => StubErpHandler.Json(HttpStatusCode.TooManyRequests, """{"exc_type":"TooManyRequestsError"}""", TimeSpan.FromSeconds(2)));

        await erp.PumpAsync(erp.SnapshotAsync("SKU-2"), TimeSpan.FromMilliseconds(100));

        var bins = erp.Stub.Calls.Where(c => c.Doctype == "Bin").ToList();
        Assert.Equal(2, bins.Count);
        Assert.InRange(bins[1].At - bins[0].At, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task GetSnapshot_RetryAfterLongerThanAllowed_FailsFastPassingItOn()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        erp.Stub.Intercept = FailBins(10, () => StubErpHandler.Json(HttpStatusCode.TooManyRequests, "{}", TimeSpan.FromSeconds(60)));

        var error = await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.PumpAsync(erp.SnapshotAsync("SKU-2")));

        Assert.Equal(TimeSpan.FromSeconds(60), error.RetryAfter);
        Assert.Equal(1, erp.Stub.Count("Bin"));
    }

    [Fact]
    public async Task GetSnapshot_PersistentServerError_StopsAtTheRetryLimit()
    {
        await using var erp = new ErpHarness(new() { ["Erp:BreakerMinimumThroughput"] = "100" });
        erp.Stub.Seed();
        erp.Stub.Intercept = FailBins(100, () => StubErpHandler.Json(HttpStatusCode.InternalServerError, """{"exc_type":"Exception","exc":"[\"Traceback secret\"]"}"""));

        var error = await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.PumpAsync(erp.SnapshotAsync("SKU-2")));

        Assert.Equal(3, erp.Stub.Count("Bin")); // 1 + Erp:MaxRetries
        Assert.DoesNotContain("Traceback", error.ToString(), StringComparison.Ordinal);
        Assert.False(erp.Health.GetReport().ErpConnected);
    }

    [Theory]
    [InlineData(401, "AuthenticationError")]
    [InlineData(417, "ValidationError")]
    [InlineData(403, "PermissionError")]
    public async Task GetSnapshot_Refused_IsNotRetriedAndCarriesExcType(int status, string excType)
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        // Bad credentials fail every call; a refused query only its own.
        erp.Stub.Intercept = c => c.Doctype == "Bin" || status == 401
            ? StubErpHandler.Json((HttpStatusCode)status, $$"""{"exc_type":"{{excType}}","exception":"frappe.exceptions.{{excType}}: no","exc":"[\"Traceback (most recent call last) secret\"]"}""")
            : null;

        var error = await Assert.ThrowsAsync<ErpRejectedException>(() => erp.PumpAsync(erp.SnapshotAsync("SKU-2")));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(excType, error.ErpErrorType);
        Assert.Equal(1, erp.Stub.Count("Bin"));
        Assert.All(erp.Stub.Calls.GroupBy(c => c.Doctype), g => Assert.Single(g));
        Assert.DoesNotContain("Traceback", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(status == 401, erp.Health.GetReport().CredentialsRejected);
    }

    [Fact]
    public async Task Health_RequestUnansweredWithNothingCached_CannotServeForOneBreakThenRecoversByItself()
    {
        await using var erp = new ErpHarness(new()
        {
            ["Erp:MaxRetries"] = "0",
            ["Erp:BreakerMinimumThroughput"] = "100",
            ["Erp:BreakerBreakDuration"] = "00:00:10",
        });
        erp.Stub.Seed();
        Assert.True(erp.Health.GetReport().CanServe);
        erp.Stub.Intercept = _ => StubErpHandler.Json(HttpStatusCode.BadGateway, "{}");

        await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.SnapshotAsync("SKU-2"));

        var failing = erp.Health.GetReport();
        Assert.Equal(CircuitState.Closed, failing.CircuitBreaker); // the breaker alone would still say "fine"
        Assert.False(failing.CanServe);
        erp.Time.Advance(TimeSpan.FromSeconds(11));
        Assert.True(erp.Health.GetReport().CanServe); // back in rotation so the next request probes ERPNext

        await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.SnapshotAsync("SKU-3"));
        Assert.False(erp.Health.GetReport().CanServe);
        erp.Stub.Intercept = null;
        await erp.SnapshotAsync("SKU-4");
        Assert.True(erp.Health.GetReport().CanServe); // a success clears it at once
    }

    [Fact]
    public async Task GetSnapshot_RepeatedFailures_OpenTheBreakerThenItRecovers()
    {
        await using var erp = new ErpHarness(new()
        {
            ["Erp:MaxRetries"] = "0",
            ["Erp:BreakerMinimumThroughput"] = "2",
            ["Erp:BreakerFailureRatio"] = "0.5",
            ["Erp:BreakerBreakDuration"] = "00:00:10",
        });
        erp.Stub.Seed();
        erp.Stub.Intercept = _ => StubErpHandler.Json(HttpStatusCode.BadGateway, "{}");

        await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.SnapshotAsync("SKU-2"));
        await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.SnapshotAsync("SKU-3"));
        Assert.Equal(CircuitState.Open, erp.Health.GetReport().CircuitBreaker);
        erp.Stub.Reset();

        var fast = await Assert.ThrowsAsync<ErpUnavailableException>(() => erp.SnapshotAsync("SKU-4"));

        Assert.Empty(erp.Stub.Calls); // failed fast, no call
        Assert.NotNull(fast.RetryAfter);
        Assert.False(erp.Health.GetReport().CanServe);

        erp.Stub.Intercept = null;
        erp.Time.Advance(TimeSpan.FromSeconds(11));
        Promise.Core.Supply.SupplySnapshot? snapshot = null;
        for (var attempt = 0; attempt < 5 && snapshot is null; attempt++)
        {
            try
            {
                snapshot = await erp.SnapshotAsync("SKU-4");
            }
            catch (ErpUnavailableException)
            {
                // Half-open lets one trial call through; the request's other parallel reads fail fast until it closes.
            }
        }

        Assert.NotNull(snapshot);

        Assert.Single(snapshot.BinsOf("SKU-4"));
        Assert.Equal(CircuitState.Closed, erp.Health.GetReport().CircuitBreaker);
        Assert.True(erp.Health.GetReport().ErpConnected);
    }

    [Fact]
    public async Task GetSnapshot_AttemptHangs_AttemptTimeoutThenRetrySucceeds()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        var first = 1;
        erp.Stub.Hold = c => c.Doctype == "Bin" && Interlocked.Exchange(ref first, 0) == 1 ? Task.Delay(Timeout.Infinite) : null;

        var snapshot = await erp.PumpAsync(erp.SnapshotAsync("SKU-2"), TimeSpan.FromMilliseconds(250));

        Assert.Single(snapshot.BinsOf("SKU-2"));
        Assert.Equal(2, erp.Stub.Count("Bin"));
    }

    [Fact]
    public async Task GetSnapshot_MoreCallsThanMaxConcurrency_NeverExceedsItAndQueueingIsNoFailure()
    {
        await using var erp = new ErpHarness(new()
        {
            ["Erp:MaxConcurrency"] = "2",
            ["Erp:MaxBatchItems"] = "1",
            ["Erp:BreakerMinimumThroughput"] = "2",
        });
        erp.Stub.Seed();
        var inFlight = 0;
        var peak = 0;
        erp.Stub.Hold = _ => Task.Run(async () =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            await Task.Delay(10);
            Interlocked.Decrement(ref inFlight);
        });

        var snapshot = await erp.SnapshotAsync([.. Enumerable.Range(1, 12).Select(n => $"SKU-{n}")]);

        Assert.Equal(12, snapshot.Items.Count);
        Assert.Equal(12, erp.Stub.Count("Bin"));
        Assert.InRange(peak, 1, 2);
        Assert.Equal(CircuitState.Closed, erp.Health.GetReport().CircuitBreaker);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
