using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Promise.Api.Configuration;
using Promise.Api.Errors;

namespace Promise.Api.Security;

/// <summary>Per-client token buckets (by API key, else remote IP) for <c>/otp/*</c>: 429 with Retry-After.</summary>
internal static class ClientRateLimiting
{
    public const string PolicyName = "per-client";

    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = OnRejectedAsync;
            limiter.AddPolicy(PolicyName, Partition);
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var settings = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.RateLimit;
        if (!settings.Enabled)
        {
            return RateLimitPartition.GetNoLimiter("off");
        }

        var keys = context.RequestServices.GetRequiredService<ApiKeyValidator>();
        var client = keys.Identify(context.Request.Headers[ApiKeyValidator.HeaderName]) is { } keyId
            ? "key:" + keyId
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.EffectiveBurst,
            TokensPerPeriod = settings.PermitsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var problem = new ApiProblem(
            StatusCodes.Status429TooManyRequests,
            "Too Many Requests",
            "This client sent more requests than Api:RateLimit allows; retry after the delay in Retry-After.")
        {
            RetryAfter = retryAfter,
        };
        await problem.ToResult(context.HttpContext).ExecuteAsync(context.HttpContext);
    }
}
