using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Promise.Api.Tests.Infrastructure;

namespace Promise.Api.Tests.Http;

public sealed class PromiseEndpointTests(FakeErpNext erp) : ApiTest, IClassFixture<FakeErpNext>
{
    protected override PromiseApiFactory CreateFactory() => TestApps.ErpNext(erp.Server.BaseUrl);

    [Fact]
    public async Task Promise_WorkedExample_AnswersExactlyAsTheContract()
    {
        using var response = await PostAsync(Fixtures.WorkedExampleRequest);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var expected = JsonNode.Parse("""
            {
              "order_id": "SAL-ORD-2026-00042", "customer": "Acme Retail", "status": "OK", "can_fulfill": true,
              "promise_date": "2026-12-29", "promise_date_raw": "2026-12-29", "first_delivery_date": "2026-12-25",
              "desired_date": "2026-12-30", "desired_date_mode": "LATEST_ACCEPTABLE", "on_time": true,
              "adjusted_due_to_no_early_delivery": false, "confidence": "MEDIUM", "order_by": null,
              "plan": [
                {
                  "line_id": "1", "item_code": "SKU-1", "qty_required": 6, "shortage": 0,
                  "status": "backorder", "delivery_date": "2026-12-29", "reason": null,
                  "fulfillment": [
                    { "source": "stock", "warehouse": "Stores - AC", "qty": 3,
                      "available_date": "2026-12-22", "ship_ready_date": "2026-12-22", "delivery_date": "2026-12-25" },
                    { "source": "purchase_order", "warehouse": "Stores - AC", "qty": 3,
                      "po_id": "PUR-ORD-0001", "expected_date": "2026-12-23", "overdue": false,
                      "available_date": "2026-12-24", "ship_ready_date": "2026-12-24", "delivery_date": "2026-12-29" }
                  ]
                }
              ],
              "blockers": [], "options": [], "degraded": false
            }
            """)!.AsObject();
        foreach (var (name, value) in expected)
        {
            Assert.True(JsonNode.DeepEquals(value, body[name]), $"{name}: expected {value?.ToJsonString()} got {body[name]?.ToJsonString()}");
        }

        // Every field of the contract, in the contract's order, and nothing else.
        Assert.Equal(
            ["order_id", "customer", "status", "can_fulfill", "promise_date", "promise_date_raw", "first_delivery_date", "desired_date",
             "desired_date_mode", "on_time", "adjusted_due_to_no_early_delivery", "confidence", "order_by", "plan", "reasons", "blockers",
             "options", "data_as_of", "degraded"],
            body.Select(p => p.Key));
        var reasons = body["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Equal("3 x SKU-1 from stock at Stores - AC, ships 2026-12-22", reasons[0]); // the contract example's first reason
        Assert.Contains(reasons, r => r.StartsWith("3 x SKU-1 from PUR-ORD-0001", StringComparison.Ordinal));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$", body["data_as_of"]!.GetValue<string>());
    }

    [Fact]
    public async Task Promise_EchoesIdsAndDefaultsLineIds()
    {
        using var response = await PostAsync("""
            {"sales_order_id": "SO-9", "order_datetime": "2026-12-21T15:00",
             "items": [{"item_code": "sku-2", "qty": 2.50, "line_id": 7}, {"item_code": "SKU-2", "qty": 1}]}
            """);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("SO-9", body["sales_order_id"]!.GetValue<string>());
        Assert.Null(body["order_id"]);
        Assert.Equal("7", body["plan"]![0]!["line_id"]!.GetValue<string>());
        Assert.Equal("sku-2", body["plan"]![0]!["item_code"]!.GetValue<string>());
        Assert.Equal("2.5", body["plan"]![0]!["qty_required"]!.ToJsonString());
        Assert.Equal("2", body["plan"]![1]!["line_id"]!.GetValue<string>());
        Assert.Equal("available", body["plan"]![1]!["status"]!.GetValue<string>());
        Assert.Equal("HIGH", body["confidence"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"items": [{"item_code": "SKU-1", "qty": "6"}]}""", "items[0].qty")]
    [InlineData("""{"items": [{"item_code": "SKU-1", "qty": 6}, {"item_code": "SKU-1", "qty": 1, "qty": 2}]}""", "items[1].qty")]
    [InlineData("""{"items": [{"item_code": "SKU-1", "qty": 6}], "rules": {"cutoff_time": 14}}""", "rules.cutoff_time")]
    [InlineData("""{"items": [{"item_code": "SKU-1", "qty": 6}""", "$")]
    [InlineData("""{"items": []}""", "items")]
    [InlineData("""{"items": [{"item_code": "SKU-1", "qty": 1}, {"item_code": "SKU-1", "qty": 1}, {"item_code": "SKU-1", "qty": 0}]}""", "items[2].qty")]
    [InlineData("""{"items": [{"item_code": "SKU-1", "qty": 1}], "shipping_method": "drone"}""", "shipping_method")]
    public async Task Promise_BadRequest_IsProblemJsonNamingThePath(string json, string path)
    {
        using var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]!.GetValue<string>()));
        Assert.NotNull(problem["title"]);
        Assert.NotNull(problem["type"]);
        Assert.NotEmpty(problem["errors"]![path]!.AsArray());
    }

    [Fact]
    public async Task Promise_BodyOverLimit_Is413()
    {
        var padding = new string(' ', 1024 * 1024);
        using var response = await PostAsync("{\"items\": [{\"item_code\": \"SKU-1\", \"qty\": 1}]}" + padding);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("Api:MaxBodyBytes", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promise_ChunkedBodyOverLimit_Is413()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', (1024 * 1024) + 1))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/otp/promise") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Promise_UnknownItem_IsCannotFulfillWithABlocker()
    {
        using var response = await PostAsync("""{"order_datetime": "2026-12-21T15:00:00Z", "items": [{"item_code": "NOPE", "qty": 1}]}""");

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("CANNOT_FULFILL", body["status"]!.GetValue<string>());
        Assert.Equal("unknown_item", body["plan"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal("NOPE (line 1) is not a known item", body["blockers"]![0]!.GetValue<string>());
    }

    private Task<HttpResponseMessage> PostAsync(string json) =>
        Client.PostAsync("/otp/promise", new StringContent(json, Encoding.UTF8, "application/json"));
}
