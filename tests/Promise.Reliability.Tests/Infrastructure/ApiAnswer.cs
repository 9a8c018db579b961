using System.Net;
using System.Text.Json.Nodes;

namespace Promise.Reliability.Tests.Infrastructure;

/// <summary>One HTTP answer, read completely, with what the suites check: status, body, Retry-After, media type, time.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, string Text, string? MediaType, TimeSpan? RetryAfter, TimeSpan Elapsed)
{
    public JsonObject Json => JsonNode.Parse(Text)!.AsObject();

    public bool IsProblem => MediaType == "application/problem+json";

    public string? Detail => IsProblem ? Json["detail"]?.GetValue<string>() : null;

    public override string ToString() => $"{(int)Status} {MediaType} after {Elapsed.TotalMilliseconds:0} ms: {Text[..Math.Min(Text.Length, 600)]}";

    public static async Task<ApiAnswer> ReadAsync(HttpResponseMessage response, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        var retry = response.Headers.RetryAfter is { } r ? r.Delta ?? (r.Date - DateTimeOffset.UtcNow) : null;
        return new ApiAnswer(response.StatusCode, text, response.Content.Headers.ContentType?.MediaType, retry, elapsed);
    }
}
