using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Promise.Api.Configuration;
using Promise.Api.Errors;
using Promise.Api.Streaming;

namespace Promise.Api.Endpoints;

/// <summary><c>POST /otp/bulk-promise</c>: NDJSON or JSON-array in, NDJSON out, streamed both ways.</summary>
internal static class BulkPromiseApi
{
    public const string NdjsonContentType = "application/x-ndjson";

    public static async Task<IResult> BulkPromiseAsync(
        HttpContext context,
        BulkPromiseRunner runner,
        IOptions<ApiOptions> options,
        IHostApplicationLifetime lifetime,
        string? allocation = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lifetime);
        if (!TryParseMode(allocation, out var mode))
        {
            return Problems.Validation(
                new Dictionary<string, string[]> { ["allocation"] = ["must be shared or independent"] },
                "The query parameter allocation must be shared or independent.").ToResult(context);
        }

        var format = BodyFormatOf(context.Request.ContentType);
        if (format is null)
        {
            return new ApiProblem(
                StatusCodes.Status415UnsupportedMediaType,
                "Unsupported Media Type",
                $"Send {NdjsonContentType} (one request per line) or application/json (an array of requests).").ToResult(context);
        }

        // The whole body is unlimited (each request is limited instead); slow senders are still cut off by MinRequestBodyDataRate.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = null;
        }

        var maxBytes = options.Value.MaxBodyBytes;
        var aborted = context.RequestAborted;
        var items = format == BodyFormat.Ndjson
            ? NdjsonRequestReader.ReadAsync(context.Request.BodyReader, maxBytes, aborted)
            : JsonArrayRequestReader.ReadAsync(context.Request.BodyReader, maxBytes, aborted);

        if (context.Request.Headers.Expect.Count > 0)
        {
            // Kestrel answers "100 Continue" on the first body read, and only while the response has not
            // started: without this peek, clients that send Expect (curl does for every upload) wait
            // their continue timeout (1 s) before sending anything. Nothing is consumed.
            var first = await context.Request.BodyReader.ReadAsync(aborted);
            context.Request.BodyReader.AdvanceTo(first.Buffer.Start);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = NdjsonContentType;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.StartAsync(aborted);
        using var writer = new NdjsonWriter(context.Response.BodyWriter);
        await runner.RunAsync(items, mode, writer, aborted, lifetime.ApplicationStopping);
        return TypedResults.Empty;
    }

    private static bool TryParseMode(string? text, out AllocationMode mode)
    {
        mode = AllocationMode.Shared;
        if (text is null || string.Equals(text, "shared", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        mode = AllocationMode.Independent;
        return string.Equals(text, "independent", StringComparison.OrdinalIgnoreCase);
    }

    private static BodyFormat? BodyFormatOf(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return BodyFormat.Ndjson;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return null;
        }

        var type = media.MediaType.Value ?? string.Empty;
        if (type.Equals(NdjsonContentType, StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/ndjson", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return BodyFormat.Ndjson;
        }

        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase) ? BodyFormat.JsonArray : null;
    }

    private enum BodyFormat
    {
        Ndjson,
        JsonArray,
    }
}
