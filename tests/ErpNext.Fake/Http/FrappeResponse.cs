using System.Net;
using System.Text;
using ErpNext.Fake.Frappe;
using Microsoft.Net.Http.Headers;

namespace ErpNext.Fake.Http;

/// <summary>Writes responses with an exact Content-Length.</summary>
internal static class FrappeResponse
{
    /// <summary>
    /// Frappe answers errors on <c>/api/</c> as JSON unless the Accept header starts with "text"
    /// (a browser's <c>text/html</c>), in which case the client gets an HTML error page instead.
    /// </summary>
    public static Task WriteErrorAsync(HttpContext context, FrappeException error)
    {
        var accept = context.Request.Headers[HeaderNames.Accept].ToString();
        if (!accept.StartsWith("text", StringComparison.OrdinalIgnoreCase))
        {
            return WriteJsonAsync(context, error.Status, FrappeErrorBody.Build(error));
        }

        var title = WebUtility.HtmlEncode(error.UserMessage ?? error.ExcType);
        var page = Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html>\n<html><head><title>{title}</title></head><body><div class=\"page-card\"><h2>{WebUtility.HtmlEncode(error.ExcType)}</h2><p>{title}</p></div></body></html>\n");
        return WriteAsync(context, error.Status, "text/html; charset=utf-8", page);
    }

    public static Task WriteJsonAsync(HttpContext context, int status, byte[] body) =>
        WriteAsync(context, status, "application/json", body);

    private static async Task WriteAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
