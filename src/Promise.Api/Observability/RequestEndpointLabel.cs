namespace Promise.Api.Observability;

/// <summary>
/// The <c>endpoint</c> label: the matched route template (never the raw path, which would make
/// one series per URL), or <c>unmatched</c> for <c>/otp/*</c> paths no route served.
/// </summary>
internal static class RequestEndpointLabel
{
    public const string Unmatched = "unmatched";
    private const string Prefix = "/otp";

    /// <summary>The label, or null when the request is not an <c>/otp/*</c> request.</summary>
    public static string? Of(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is RouteEndpoint)
        {
            return OfRoute(endpoint);
        }

        return context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase) ? Unmatched : null;
    }

    /// <summary>The route template of an <c>/otp/*</c> route endpoint, else null.</summary>
    public static string? OfRoute(Endpoint? endpoint)
    {
        if (endpoint is not RouteEndpoint { RoutePattern.RawText: { } template })
        {
            return null;
        }

        var normalized = template.StartsWith('/') ? template : "/" + template;
        return IsOtp(normalized) ? normalized : null;
    }

    private static bool IsOtp(string template) =>
        template.StartsWith(Prefix + "/", StringComparison.OrdinalIgnoreCase)
        || template.Equals(Prefix, StringComparison.OrdinalIgnoreCase);
}
