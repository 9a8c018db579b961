using ErpNext.Fake.Tests.Support;

namespace ErpNext.Fake.Tests;

public sealed class ConcurrencyTests : FakeSiteTest
{
    [Fact]
    public async Task ParallelRequests_WhileTheFixtureIsReplaced_AllSucceedOnOneConsistentSnapshot()
    {
        var requests = Enumerable.Range(0, 120).Select(async i =>
        {
            if (i % 10 == 0)
            {
                Controls.ReplaceFixture(TestSite.FixtureJson);
            }

            return await RowsAsync("Bin", ("fields", "[\"item_code\",\"actual_qty\"]"), ("filters", "[[\"warehouse\",\"=\",\"Stores - AC\"]]"), ("limit_page_length", "0"));
        });

        var results = await Task.WhenAll(requests);

        Assert.All(results, rows => Assert.Equal(TestSite.StoreBins, rows.Count));
        Assert.Equal(120, Controls.CountRequests("Bin"));
    }

    [Fact]
    public async Task WildcardLatency_DelaysEveryDoctype()
    {
        Controls.SetLatency("*", TimeSpan.FromMilliseconds(300));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(GetAsync(ResourcePath("Item")), GetAsync("api/resource/Company/Acme%20Corp"));

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(280), $"took {clock.Elapsed}");
    }
}
