using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Promise.ErpClient.Tests.Support;

/// <summary>
/// A minimal in-memory ERPNext for unit-level client tests: list endpoints with <c>in</c> filters and paging,
/// single documents, unsupported fields (417), and an <see cref="Intercept"/> hook for faults. Counts requests.
/// Filtering by status/docstatus is the fake ERPNext's job (integration tests), not this stub's.
/// </summary>
public sealed class StubErpHandler(TimeProvider time) : HttpMessageHandler
{
    private readonly Lock _gate = new();
    private readonly List<StubCall> _calls = [];

    public Dictionary<string, List<JsonObject>> Rows { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonObject> Documents { get; } = new(StringComparer.Ordinal);

    public HashSet<string> UnsupportedFields { get; } = new(StringComparer.Ordinal);

    /// <summary>Returns a response to short-circuit the call (a fault), or null to answer normally.</summary>
    public Func<StubCall, HttpResponseMessage?>? Intercept { get; set; }

    /// <summary>When set, every call waits for it before answering.</summary>
    public Task? Gate { get; set; }

    /// <summary>Returns a task a call waits for (until cancelled) before answering, or null not to wait (a hang).</summary>
    public Func<StubCall, Task?>? Hold { get; set; }

    public IReadOnlyList<StubCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public int Count(string doctype) => Calls.Count(c => c.Doctype == doctype);

    public void Reset()
    {
        lock (_gate)
        {
            _calls.Clear();
        }
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json, TimeSpan? retryAfter = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (retryAfter is { } after)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(after);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = Uri.UnescapeDataString(request.RequestUri!.AbsolutePath);
        var query = ParseQuery(request.RequestUri.Query);
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        string doctype;
        string? name = null;
        if (path.StartsWith("/api/method/frappe.client.get_list", StringComparison.Ordinal))
        {
            var node = JsonNode.Parse(body!)!.AsObject();
            doctype = (string)node["doctype"]!;
            query = new Dictionary<string, string>
            {
                ["fields"] = node["fields"]!.ToJsonString(),
                ["filters"] = node["filters"]!.ToJsonString(),
                ["order_by"] = (string?)node["order_by"] ?? string.Empty,
                ["limit_start"] = node["limit_start"]!.ToJsonString(),
                ["limit_page_length"] = node["limit_page_length"]!.ToJsonString(),
            };
        }
        else
        {
            var parts = path["/api/resource/".Length..].Split('/', 2);
            doctype = parts[0];
            name = parts.Length > 1 ? parts[1] : null;
        }

        var call = new StubCall(request.Method.Method, doctype, name, query, body, time.GetUtcNow(), request.Headers);
        lock (_gate)
        {
            _calls.Add(call);
        }

        if (Gate is { } gate)
        {
            await gate.WaitAsync(cancellationToken);
        }

        if (Hold?.Invoke(call) is { } hold)
        {
            await hold.WaitAsync(cancellationToken);
        }

        if (Intercept?.Invoke(call) is { } fault)
        {
            return fault;
        }

        return name is not null ? Document(doctype, name) : List(call, body is not null);
    }

    private HttpResponseMessage Document(string doctype, string name) =>
        Documents.TryGetValue($"{doctype}/{name}", out var doc)
            ? Json(HttpStatusCode.OK, new JsonObject { ["data"] = doc.DeepClone() }.ToJsonString())
            : Json(HttpStatusCode.NotFound, """{"exc_type":"DoesNotExistError"}""");

    private HttpResponseMessage List(StubCall call, bool post)
    {
        var fields = JsonNode.Parse(call.Query["fields"])!.AsArray().Select(f => (string)f!).ToList();
        var unsupported = fields.FirstOrDefault(f => UnsupportedFields.Contains($"{call.Doctype}.{f}"));
        if (unsupported is not null)
        {
            return Json(HttpStatusCode.ExpectationFailed, $$"""{"exc_type":"DataError","exception":"frappe.exceptions.DataError: Field not permitted in query: {{unsupported}}","exc":"[\"Traceback secret-stack\"]"}""");
        }

        IEnumerable<JsonObject> rows = Rows.GetValueOrDefault(call.Doctype) ?? [];
        foreach (var filter in JsonNode.Parse(call.Query["filters"])!.AsArray().Select(f => f!.AsArray()))
        {
            var (field, op, value) = filter.Count == 4 ? ((string)filter[1]!, (string)filter[2]!, filter[3]) : ((string)filter[0]!, (string)filter[1]!, filter[2]);
            if (op == "in")
            {
                var set = value!.AsArray().Select(v => (string)v!).ToHashSet(StringComparer.OrdinalIgnoreCase);
                rows = rows.Where(r => set.Contains((string?)r[field] ?? string.Empty));
            }
        }

        var start = int.Parse(call.Query["limit_start"], System.Globalization.CultureInfo.InvariantCulture);
        var length = int.Parse(call.Query["limit_page_length"], System.Globalization.CultureInfo.InvariantCulture);
        var names = fields.Select(f => f.Contains(" as ", StringComparison.Ordinal) ? f[(f.IndexOf(" as ", StringComparison.Ordinal) + 4)..] : f[(f.LastIndexOf('.') + 1)..]).ToList();
        var page = new JsonArray(rows.Skip(start).Take(length).Select(r => (JsonNode)Project(r, names)).ToArray());
        return Json(HttpStatusCode.OK, new JsonObject { [post ? "message" : "data"] = page }.ToJsonString());
    }

    private static JsonObject Project(JsonObject row, List<string> names)
    {
        var result = new JsonObject();
        foreach (var name in names)
        {
            if (row.TryGetPropertyValue(name, out var value))
            {
                result[name] = value?.DeepClone();
            }
        }

        return result;
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var i = pair.IndexOf('=', StringComparison.Ordinal);
            result[Uri.UnescapeDataString(pair[..i].Replace('+', ' '))] = Uri.UnescapeDataString(pair[(i + 1)..].Replace('+', ' '));
        }

        return result;
    }
}
