using System.Text.Json.Nodes;

namespace Promise.ErpClient.Http;

/// <summary>One list query: its metric name, doctype, explicit fields, filters and a deterministic, unique order.</summary>
internal sealed record ListQuery(string Name, string Doctype, IReadOnlyList<string> Fields, JsonArray Filters, string OrderBy);
