using ErpNext.Fake.Data;
using ErpNext.Fake.Frappe;

namespace ErpNext.Fake.Query;

/// <summary>Validates a <see cref="ListRequest"/> against the site's schema, as Frappe's DatabaseQuery does.</summary>
internal static class ListQueryParser
{
    /// <summary>Frappe's page length when the caller sends none.</summary>
    public const int DefaultPageLength = 20;

    public static ListQuery Parse(ListRequest request, FixtureData data, Func<string, string, bool> isUnsupported)
    {
        var schema = data.FindSchema(request.Doctype)
            ?? throw FrappeException.NotFound($"DocType {request.Doctype} not found");
        if (schema.IsChild)
        {
            // Child tables are readable only through a parent doctype, for every user (erpnext-api.md §2);
            // Frappe then adds "parenttype = parent", so naming another doctype finds nothing.
            if (string.IsNullOrEmpty(request.Parent) || data.FindSchema(request.Parent) is null)
            {
                throw FrappeException.Permission();
            }
        }

        var resolver = new ColumnResolver(data, schema, isUnsupported);
        var select = FieldsParser.Parse(request.Fields, request.FromGetList, resolver);
        var filters = FilterParser.Parse(request.Filters, resolver);
        var orFilters = FilterParser.Parse(request.OrFilters, resolver);
        var order = OrderByParser.Parse(request.OrderBy, select, resolver);
        var (start, length) = Paging(request);
        return new ListQuery(schema, resolver.JoinedTableField, select, filters, orFilters, order, start, length)
        {
            ParentDoctype = schema.IsChild ? request.Parent : null,
        };
    }

    /// <summary>0 or empty page length = every row, and then limit_start is ignored too.</summary>
    private static (int Start, int? Length) Paging(ListRequest request)
    {
        var lengthText = request.LimitPageLength ?? (request.FromGetList ? null : request.Limit);
        var length = lengthText is null ? DefaultPageLength : ValueCoercion.ToInt(lengthText);
        return length <= 0 ? (0, null) : (Math.Max(0, ValueCoercion.ToInt(request.LimitStart)), length);
    }
}
