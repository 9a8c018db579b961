using ErpNext.Fake.Schema;

namespace ErpNext.Fake.Query;

/// <summary>A parsed, validated list query. <see cref="Order"/> null = no order_by (Frappe's order is then unspecified).</summary>
internal sealed record ListQuery(
    DocTypeSchema Main,
    string? ChildTableField,
    IReadOnlyList<SelectColumn> Select,
    IReadOnlyList<FilterCondition> Filters,
    IReadOnlyList<FilterCondition> OrFilters,
    IReadOnlyList<SortKey>? Order,
    int Start,
    int? PageLength)
{
    /// <summary>For a child doctype queried directly: the <c>parent</c> argument (only its rows are returned).</summary>
    public string? ParentDoctype { get; init; }
}
