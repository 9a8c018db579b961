using Promise.ErpClient.Http.Wire;
using Refit;

namespace Promise.ErpClient.Http;

/// <summary>
/// The ERPNext REST calls we make (erpnext-api.md §1–§3). Responses are read as streams by
/// <see cref="ErpListReader"/> so status handling, retries and deserialization stay in one place.
/// JSON-valued query parameters (<c>fields</c>, <c>filters</c>) are passed pre-serialized.
/// </summary>
internal interface IErpNextApi
{
    [Get("/api/resource/{doctype}")]
    [Headers("Accept: application/json")]
    Task<HttpResponseMessage> GetListAsync(
        string doctype,
        [AliasAs("fields")] string fields,
        [AliasAs("filters")] string filters,
        [AliasAs("order_by")] string orderBy,
        [AliasAs("limit_start")] int limitStart,
        [AliasAs("limit_page_length")] int limitPageLength,
        CancellationToken cancellationToken);

    [Post("/api/method/frappe.client.get_list")]
    [Headers("Accept: application/json")]
    Task<HttpResponseMessage> PostListAsync([Body] GetListBody body, CancellationToken cancellationToken);

    [Get("/api/resource/{doctype}/{name}")]
    [Headers("Accept: application/json")]
    Task<HttpResponseMessage> GetDocumentAsync(string doctype, string name, CancellationToken cancellationToken);
}
