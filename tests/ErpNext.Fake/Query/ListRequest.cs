namespace ErpNext.Fake.Query;

/// <summary>
/// The raw list arguments as Frappe receives them (all strings; JSON still encoded).
/// <paramref name="FromGetList"/> marks <c>frappe.client.get_list</c>, which accepts a bare <c>*</c> or
/// comma-separated <c>fields</c> and has no <c>limit</c> alias.
/// </summary>
internal sealed record ListRequest(
    string Doctype,
    string? Fields,
    string? Filters,
    string? OrFilters,
    string? OrderBy,
    string? LimitStart,
    string? LimitPageLength,
    string? Limit,
    string? Parent,
    bool FromGetList);
