using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Promise.Api.Tests.Infrastructure;

namespace Promise.Api.Tests.Http;

public sealed class BulkEndpointTests(FakeErpNext erp) : ApiTest, IClassFixture<FakeErpNext>
{
    protected override PromiseApiFactory CreateFactory() => TestApps.ErpNext(erp.Server.BaseUrl);

    [Fact]
    public async Task BulkPromise_NdjsonWithBadLinesInTheMiddle_AnswersEveryLineOnceInOrder()
    {
        var body = string.Join('\n',
            Fixtures.Request("SKU-2", 1, "A"),
            string.Empty,
            "{not json",
            """{"items": [{"item_code": "SKU-2", "qty": "1"}]}""",
            "   ",
            """{"items": [{"item_code": "SKU-2", "qty": 1, "qty": 2}]}""",
            """{"items": []}""",
            Fixtures.Request("SKU-2", 2, "B")) + "\r\n";

        var lines = await PostAsync(body, "application/x-ndjson");

        Assert.Equal([0, 1, 2, 3, 4, 5], lines.Select(l => l["index"]!.GetValue<int>()));
        Assert.Equal("A", lines[0]["order_id"]!.GetValue<string>());
        Assert.Equal("OK", lines[0]["status"]!.GetValue<string>());
        Assert.Equal(["$", "items[0].qty", "items[0].qty", "items"], lines[1..5].Select(l => l["error"]!["errors"]!.AsObject().Single().Key));
        Assert.All(lines[1..5], l => Assert.Equal(400, l["error"]!["status"]!.GetValue<int>()));
        Assert.All(lines[1..5], l => Assert.False(string.IsNullOrWhiteSpace(l["error"]!["detail"]!.GetValue<string>())));
        Assert.Equal("B", lines[5]["order_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task BulkPromise_JsonArray_AnswersEachElement()
    {
        var body = $"[{Fixtures.Request("SKU-2", 1, "A")}, 17, {Fixtures.Request("SKU-1", 1, "C")}]";

        var lines = await PostAsync(body, "application/json");

        Assert.Equal(3, lines.Count);
        Assert.Equal("A", lines[0]["order_id"]!.GetValue<string>());
        Assert.Equal(1, lines[1]["index"]!.GetValue<int>());
        Assert.True(lines[1]["error"]!["errors"]!.AsObject().ContainsKey("$"));
        Assert.Equal("C", lines[2]["order_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task BulkPromise_JsonArraySyntaxError_EndsWithOneErrorLineAtTheFailingIndex()
    {
        var body = $"[{Fixtures.Request("SKU-2", 1, "A")}, {Fixtures.Request("SKU-2", 1, "B")}, {{\"items\": [}} oops, {Fixtures.Request("SKU-2", 1, "D")}]";

        var lines = await PostAsync(body, "application/json");

        Assert.Equal(3, lines.Count);
        Assert.Equal(2, lines[2]["index"]!.GetValue<int>());
        Assert.Equal(400, lines[2]["error"]!["status"]!.GetValue<int>());
        Assert.Contains("element 2", lines[2]["error"]!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkPromise_Shared_NeverPromisesAUnitTwice_IndependentDoes()
    {
        // Free stock of SKU-1 is 3: in a shared batch only the first order gets it.
        var body = Fixtures.Request("SKU-1", 3, "first") + "\n" + Fixtures.Request("SKU-1", 3, "second") + "\n";

        var shared = await PostAsync(body, "application/x-ndjson");
        var independent = await PostAsync(body, "application/x-ndjson", "?allocation=INDEPENDENT");

        Assert.Equal(["stock", "purchase_order"], shared.Select(l => Source(l)));
        Assert.Equal(["stock", "stock"], independent.Select(l => Source(l)));
        Assert.Equal(["available", "backorder"], shared.Select(l => l["plan"]![0]!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task BulkPromise_RequestsWithoutOrderTime_ShareOneInstant()
    {
        var body = string.Concat(Enumerable.Repeat("""{"items": [{"item_code": "SKU-2", "qty": 1}]}""" + "\n", 3));

        var lines = await PostAsync(body, "application/x-ndjson");

        Assert.Single(lines.Select(l => l["plan"]![0]!["fulfillment"]![0]!["ship_ready_date"]!.GetValue<string>()).Distinct());
    }

    [Fact]
    public async Task BulkPromise_BadAllocation_Is400()
    {
        using var response = await Client.PostAsync("/otp/bulk-promise?allocation=greedy", new StringContent("", Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("allocation", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkPromise_UnsupportedMediaType_Is415WithDetail()
    {
        using var response = await Client.PostAsync("/otp/bulk-promise", new StringContent("x", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/x-ndjson", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkPromise_OversizedLine_IsAnswered413AndTheStreamGoesOn()
    {
        var huge = "{\"items\": [{\"item_code\": \"SKU-2\", \"qty\": 1}], \"pad\": \"" + new string('x', (1024 * 1024) + 10) + "\"}";
        var body = Fixtures.Request("SKU-2", 1, "A") + "\n" + huge + "\n" + Fixtures.Request("SKU-2", 1, "C") + "\n";

        var lines = await PostAsync(body, "application/x-ndjson");

        Assert.Equal(3, lines.Count);
        Assert.Equal(413, lines[1]["error"]!["status"]!.GetValue<int>());
        Assert.Equal("C", lines[2]["order_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task BulkPromise_FirstLineArrivesWhileTheClientIsStillSending()
    {
        using var stream = await OpenBulkRequest.OpenAsync(Client, Fixtures.Request("SKU-2", 1, "early"));

        var first = await stream.NextAsync();

        Assert.Equal("early", first!["order_id"]!.GetValue<string>());
        // Only now does the rest of the body go out.
        for (var i = 0; i < 50; i++)
        {
            await stream.SendAsync(Fixtures.Request("SKU-2", 1, $"late-{i}"));
        }

        stream.Complete();
        var rest = await stream.ReadToEndAsync();
        Assert.Equal(Enumerable.Range(1, 50), rest.Select(l => l["index"]!.GetValue<int>()));
    }

    [Fact]
    public async Task BulkPromise_ClientAbortsMidStream_TheServerStops()
    {
        var before = await MetricCountAsync("otp_bulk_duration_seconds_count");

        using (var cts = new CancellationTokenSource())
        {
            var stream = await OpenBulkRequest.OpenAsync(Client, Fixtures.Request("SKU-2", 1, "only"), cts.Token);
            Assert.NotNull(await stream.NextAsync());
            await cts.CancelAsync();
            stream.Dispose();
        }

        // The stream's handler finishes (and records its duration) although the body never ended.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await MetricCountAsync("otp_bulk_duration_seconds_count") <= before)
        {
            Assert.True(DateTime.UtcNow < deadline, "the bulk handler did not stop after the client aborted");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task BulkPromise_ShutdownMidStream_EndsWithOneErrorLine()
    {
        using var stream = await OpenBulkRequest.OpenAsync(Client, Fixtures.Request("SKU-2", 1, "before"));
        Assert.NotNull(await stream.NextAsync());

        var lifetime = (Microsoft.Extensions.Hosting.IHostApplicationLifetime)Factory.Services.GetService(typeof(Microsoft.Extensions.Hosting.IHostApplicationLifetime))!;
        lifetime.StopApplication();

        var last = await stream.NextAsync();
        Assert.Equal(1, last!["index"]!.GetValue<int>());
        Assert.Equal(503, last["error"]!["status"]!.GetValue<int>());
        Assert.Null(await stream.NextAsync());
    }

    private static string Source(JsonObject line) => line["plan"]![0]!["fulfillment"]![0]!["source"]!.GetValue<string>();

    private async Task<List<JsonObject>> PostAsync(string body, string mediaType, string query = "")
    {
        using var response = await Client.PostAsync("/otp/bulk-promise" + query, new StringContent(body, Encoding.UTF8, mediaType));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        using var lines = new NdjsonLines(await response.Content.ReadAsStreamAsync());
        return await lines.ReadToEndAsync();
    }

    private async Task<double> MetricCountAsync(string series)
    {
        var text = await Client.GetStringAsync("/metrics");
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(series, StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
