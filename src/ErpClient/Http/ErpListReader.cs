using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using Promise.ErpClient.Configuration;
using Promise.ErpClient.Http.Wire;
using Promise.ErpClient.Resilience;

namespace Promise.ErpClient.Http;

/// <summary>
/// Reads a whole list query (erpnext-api.md §1): explicit fields, a deterministic order, an explicit
/// <c>limit_page_length</c>, and paging with <c>limit_start</c> until a short page. A query whose GET URL
/// would exceed <c>Erp:MaxGetUrlLength</c> goes as <c>POST frappe.client.get_list</c>. Each page is one
/// resilient call (retried on its own), read as a stream with source-generated metadata.
/// </summary>
internal sealed class ErpListReader(IErpNextApi api, ErpResilience resilience, IOptions<ErpOptions> options, TimeProvider timeProvider)
{
    private const int MaxErrorBodyBytes = 64 * 1024;
    private static readonly JsonSerializerOptions UrlJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ErpOptions _options = options.Value;

    /// <param name="query">The list query.</param>
    /// <param name="typeInfo">The envelope's serialization.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="maxRows">Stop paging once this many rows were read (null: read every page).</param>
    public async Task<List<T>> ReadAllAsync<T>(ListQuery query, JsonTypeInfo<ListEnvelope<T>> typeInfo, CancellationToken cancellationToken, int? maxRows = null)
    {
        // Readable, still valid JSON in the URL: backticks and non-ASCII item codes are not \u-escaped.
        var fields = new JsonArray(query.Fields.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()).ToJsonString(UrlJson);
        var filters = query.Filters.ToJsonString(UrlJson);
        var usePost = EstimatedUrlLength(query, fields, filters) > _options.MaxGetUrlLength;
        var pageSize = _options.PageSize;
        var rows = new List<T>();
        for (var start = 0; ; start += pageSize)
        {
            var page = await resilience.ExecuteAsync(
                query.Name,
                ct => usePost
                    ? ReadAsync(() => api.PostListAsync(new GetListBody(query.Doctype, query.Fields, query.Filters, query.OrderBy, start, pageSize), ct), typeInfo, ct)
                    : ReadAsync(() => api.GetListAsync(query.Doctype, fields, filters, query.OrderBy, start, pageSize, ct), typeInfo, ct),
                cancellationToken);
            var pageRows = page.Rows;
            rows.AddRange(pageRows);
            if (pageRows.Count < pageSize || rows.Count >= maxRows)
            {
                return rows;
            }
        }
    }

    /// <summary>One document (e.g. a Holiday List with its child rows).</summary>
    public Task<DocEnvelope<T>> ReadDocumentAsync<T>(string queryName, string doctype, string name, JsonTypeInfo<DocEnvelope<T>> typeInfo, CancellationToken cancellationToken) =>
        resilience.ExecuteAsync(queryName, ct => ReadAsync(() => api.GetDocumentAsync(doctype, name, ct), typeInfo, ct), cancellationToken);

    private int EstimatedUrlLength(ListQuery query, string fields, string filters) =>
        (_options.BaseUrl?.Length ?? 0)
        + 64
        + Uri.EscapeDataString(query.Doctype).Length
        + Uri.EscapeDataString(fields).Length
        + Uri.EscapeDataString(filters).Length
        + Uri.EscapeDataString(query.OrderBy).Length;

    private async Task<T> ReadAsync<T>(Func<Task<HttpResponseMessage>> send, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var response = await send();
        if (!response.IsSuccessStatusCode)
        {
            throw await ToExceptionAsync(response, cancellationToken);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken)
            ?? throw new JsonException("ERPNext answered with an empty JSON body.");
    }

    private async Task<ErpHttpException> ToExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        ErrorBody? body = null;
        var raw = string.Empty;
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (bytes.Length is > 0 and <= MaxErrorBodyBytes)
            {
                raw = System.Text.Encoding.UTF8.GetString(bytes);
                body = JsonSerializer.Deserialize(bytes, ErpJsonContext.Default.ErrorBody);
            }
        }
        catch (JsonException)
        {
            // An HTML or truncated error page: the status alone decides.
        }

        var fieldNotPermitted = response.StatusCode == HttpStatusCode.ExpectationFailed
            && raw.Contains("Field not permitted", StringComparison.OrdinalIgnoreCase);
        return new ErpHttpException(status, body?.ExcType, RetryAfter(response), fieldNotPermitted);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
