using ErpNext.Fake.Frappe;

namespace ErpNext.Fake.Http;

/// <summary>Writes JSON responses with an exact Content-Length.</summary>
internal static class FrappeResponse
{
    public static Task WriteErrorAsync(HttpContext context, FrappeException error) =>
        WriteJsonAsync(context, error.Status, FrappeErrorBody.Build(error));

    public static async Task WriteJsonAsync(HttpContext context, int status, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
