namespace ErpNext.Fake;

/// <summary>
/// One request the fake received on <c>/api/...</c>. <paramref name="Query"/> holds decoded query parameters
/// (last value wins for repeated keys); <paramref name="Doctype"/> comes from the path or, for
/// <c>frappe.client.get_list</c>, from the arguments; <paramref name="Body"/> is the raw body of a POST.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    string? Doctype,
    string? Body,
    DateTimeOffset At);
