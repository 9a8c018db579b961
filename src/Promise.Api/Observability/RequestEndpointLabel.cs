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
        if (context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } template })
        {
            var normalized = template.StartsWith('/') ? template : "/" + template;
            return IsOtp(normalized) ? normalized : null;
        }

        return context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase) ? Unmatched : null;
    }

    private static bool IsOtp(string template) =>
        template.StartsWith(Prefix + "/", StringComparison.OrdinalIgnoreCase)
        || template.Equals(Prefix, StringComparison.OrdinalIgnoreCase);
}
