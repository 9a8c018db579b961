using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Promise.Reliability.Tests.Infrastructure;

/// <summary>The calls the suites make, each timed and read completely.</summary>
public static class ApiCalls
{
    public static Task<ApiAnswer> PromiseAsync(this HttpClient client, string body) =>
        client.PostAsync("/otp/promise", Encoding.UTF8.GetBytes(body), "application/json");

    public static async Task<ApiAnswer> PostAsync(this HttpClient client, string path, byte[] body, string? contentType, IEnumerable<(string, string)>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        return await ApiAnswer.ReadAsync(response, clock.Elapsed);
    }

    public static async Task<ApiAnswer> GetAnswerAsync(this HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(path);
        return await ApiAnswer.ReadAsync(response, clock.Elapsed);
    }

    /// <summary>The <c>status</c> of <c>/health</c>.</summary>
    public static async Task<string> HealthStatusAsync(this HttpClient client) =>
        (await client.GetAnswerAsync("/health")).Json["status"]!.GetValue<string>();
}
