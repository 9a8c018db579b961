using System.Text.Json.Nodes;

namespace Promise.Api.Tests.Infrastructure;

/// <summary>An open NDJSON bulk request: the test sends lines and reads answers while both directions stay open.</summary>
public sealed class OpenBulkRequest : IDisposable
{
    private readonly HttpRequestMessage _request;
    private readonly PushContent _content;
    private readonly HttpResponseMessage _response;
    private readonly NdjsonLines _lines;

    private OpenBulkRequest(HttpRequestMessage request, PushContent content, HttpResponseMessage response, NdjsonLines lines)
    {
        _request = request;
        _content = content;
        _response = response;
        _lines = lines;
    }

    /// <summary>Sends <paramref name="firstLine"/> and returns once the response headers arrived (the body stays open).</summary>
    public static async Task<OpenBulkRequest> OpenAsync(HttpClient client, string firstLine, CancellationToken cancellationToken = default)
    {
        var content = new PushContent("application/x-ndjson");
        var request = new HttpRequestMessage(HttpMethod.Post, "/otp/bulk-promise") { Content = content };
        await content.SendAsync(firstLine + "\n");
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var lines = new NdjsonLines(await response.Content.ReadAsStreamAsync(cancellationToken));
        return new OpenBulkRequest(request, content, response, lines);
    }

    public ValueTask SendAsync(string line) => _content.SendAsync(line + "\n");

    /// <summary>Ends the request body.</summary>
    public void Complete() => _content.Complete();

    public Task<JsonObject?> NextAsync() => _lines.NextAsync();

    public Task<List<JsonObject>> ReadToEndAsync() => _lines.ReadToEndAsync();

    public void Dispose()
    {
        _content.Complete();
        _lines.Dispose();
        _response.Dispose();
        _request.Dispose();
    }
}
