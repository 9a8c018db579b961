using System.Globalization;
using System.Text.Json;
using ErpNext.Fake.Generation;

namespace ErpNext.Fake.Tests.Query;

/// <summary>
/// Seeded property: on any generated site, paging with a unique order_by and any page size returns exactly the
/// rows of one unpaged call, in the same order (the seed is in the failure message).
/// </summary>
public sealed class PagingInvariantTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Paging_WithUniqueOrderBy_ConcatenatesToTheUnpagedResult(int seed)
    {
        await using var server = await FakeErpNextServer.StartAsync(new FakeErpNextOptions
        {
            FixtureJson = CatalogGenerator.Generate(new CatalogOptions(40, seed, new DateOnly(2026, 11, 24))),
        });
        using var client = new HttpClient { BaseAddress = server.BaseUrl };
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "token test-key:test-secret");
        var random = new Random(seed);
        const string Fields = "[\"item_code\",\"warehouse\",\"actual_qty\"]";
        const string OrderBy = "item_code desc, warehouse asc";

        var all = await KeysAsync(client, Fields, OrderBy, 0, 0);
        var paged = new List<string>();
        var pageSize = random.Next(1, 30);
        for (var start = 0; ; start += pageSize)
        {
            var page = await KeysAsync(client, Fields, OrderBy, start, pageSize);
            paged.AddRange(page);
            if (page.Count < pageSize)
            {
                break;
            }
        }

        Assert.True(all.SequenceEqual(paged), $"seed {seed}, page size {pageSize}: paged {paged.Count} rows, unpaged {all.Count}");
        Assert.True(all.Count > 40, $"seed {seed}: only {all.Count} bins");
    }

    private static async Task<List<string>> KeysAsync(HttpClient client, string fields, string orderBy, int start, int length)
    {
        var url = "api/resource/Bin?fields=" + Uri.EscapeDataString(fields) + "&order_by=" + Uri.EscapeDataString(orderBy)
            + "&limit_start=" + start.ToString(CultureInfo.InvariantCulture)
            + "&limit_page_length=" + length.ToString(CultureInfo.InvariantCulture);
        using var document = JsonDocument.Parse(await client.GetStringAsync(url));
        return [.. document.RootElement.GetProperty("data").EnumerateArray().Select(r => r.GetRawText())];
    }
}
