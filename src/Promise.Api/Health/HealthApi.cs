using Microsoft.AspNetCore.Http.HttpResults;
using Promise.Api.Contracts;
using Promise.ErpClient.Health;

namespace Promise.Api.Health;

/// <summary><c>/health</c> (OTP clients), <c>/health/live</c> and <c>/health/ready</c> (orchestrators). Always open.</summary>
internal static class HealthApi
{
    public static RouteGroupBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health");
        group.MapGet("/", GetHealth).WithName("Health").WithSummary("Service, ERPNext, Redis and breaker health (503 when unhealthy)");
        group.MapGet("/live", GetLive).WithName("Live").WithSummary("The process is up");
        group.MapGet("/ready", GetReady).WithName("Ready").WithSummary("Promises can be answered now (503 if not)");
        return group;
    }

    public static JsonHttpResult<HealthResponse> GetHealth(ISupplyHealth health)
    {
        ArgumentNullException.ThrowIfNull(health);
        var response = HealthEvaluator.Evaluate(health.GetReport());
        var status = response.Status == "unhealthy" ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        return TypedResults.Json(response, PromiseJsonContext.Default.HealthResponse, statusCode: status);
    }

    public static JsonHttpResult<ProbeResponse> GetLive() =>
        TypedResults.Json(new ProbeResponse("live"), PromiseJsonContext.Default.ProbeResponse);

    public static JsonHttpResult<ProbeResponse> GetReady(ISupplyHealth health)
    {
        ArgumentNullException.ThrowIfNull(health);
        var ready = HealthEvaluator.IsReady(health.GetReport());
        return TypedResults.Json(
            new ProbeResponse(ready ? "ready" : "not_ready"),
            PromiseJsonContext.Default.ProbeResponse,
            statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
