using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Promise.Api.Contracts;

namespace Promise.Api.Tests.Contracts;

public class JsonBodyResultTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(400)]
    public async Task ExecuteAsync_WritesTheSerializerBytesWithContentLength(int reasons)
    {
        var response = Response(reasons);
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;

        await new JsonBodyResult<PromiseResponse>(response, PromiseJsonContext.Default.PromiseResponse).ExecuteAsync(context);
        await context.Response.BodyWriter.FlushAsync();

        var expected = JsonSerializer.SerializeToUtf8Bytes(response, PromiseJsonContext.Default.PromiseResponse);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
        Assert.Equal(expected.Length, context.Response.ContentLength);
        Assert.Equal(expected, body.ToArray());
    }

    [Fact]
    public async Task ExecuteAsync_ManyAnswersOnOneThread_EachIsComplete()
    {
        // The per-thread buffer is reused (and dropped after a large answer): every answer stays whole.
        foreach (var reasons in new[] { 1, 2000, 0, 5, 2000, 1 })
        {
            var response = Response(reasons);
            var context = new DefaultHttpContext();
            using var body = new MemoryStream();
            context.Response.Body = body;

            await new JsonBodyResult<PromiseResponse>(response, PromiseJsonContext.Default.PromiseResponse).ExecuteAsync(context);
            await context.Response.BodyWriter.FlushAsync();

            Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(response, PromiseJsonContext.Default.PromiseResponse), body.ToArray());
        }
    }

    private static PromiseResponse Response(int reasons) => new()
    {
        OrderId = "SO-1",
        Status = "OK",
        DesiredDateMode = "LATEST_ACCEPTABLE",
        Confidence = "HIGH",
        Plan = [],
        Reasons = [.. Enumerable.Range(0, reasons).Select(i => $"reason {i} <&> \u00e9")],
        Blockers = [],
        Options = [],
        DataAsOf = "2026-12-21T14:59:58Z",
    };
}
