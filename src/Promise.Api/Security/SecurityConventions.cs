namespace Promise.Api.Security;

/// <summary>The security conventions of an endpoint group, applied once per group.</summary>
internal static class SecurityConventions
{
    public static RouteGroupBuilder RequireApiKey(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<RouteGroupBuilder, ApiKeyFilter>();

    public static RouteGroupBuilder RequireClientRateLimit(this RouteGroupBuilder group) =>
        group.RequireRateLimiting(ClientRateLimiting.PolicyName);

    public static RouteGroupBuilder ShedLoad(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<RouteGroupBuilder, LoadSheddingFilter>();
}
