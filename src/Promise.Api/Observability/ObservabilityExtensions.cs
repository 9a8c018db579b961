using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Promise.Api.Observability.Prometheus;

namespace Promise.Api.Observability;

/// <summary>Wiring of metrics: services, the request-metrics middleware and <c>GET /metrics</c>.</summary>
internal static class ObservabilityExtensions
{
    public const string MetricsPath = "/metrics";

    /// <summary>Registers <see cref="PromiseMetrics"/>, the Prometheus exporter and a <see cref="TimeProvider"/> if none is.</summary>
    public static IServiceCollection AddPromiseObservability(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PromiseMetrics>();
        services.TryAddSingleton<PrometheusExporter>();
        return services;
    }

    /// <summary>
    /// Times every <c>/otp/*</c> request. Call it first, right after <c>Build()</c>, before exception
    /// handling, load shedding and authentication, so the recorded status is the one the client got.
    /// </summary>
    public static IApplicationBuilder UsePromiseRequestMetrics(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestMetricsMiddleware>();

    /// <summary>
    /// Maps <c>GET /metrics</c>. Resolving the exporter here starts listening before the first
    /// request, and resolving <see cref="PromiseMetrics"/> makes its families visible from the start.
    /// </summary>
    public static IEndpointRouteBuilder MapPromiseMetrics(this IEndpointRouteBuilder endpoints)
    {
        _ = endpoints.ServiceProvider.GetRequiredService<PrometheusExporter>();
        _ = endpoints.ServiceProvider.GetRequiredService<PromiseMetrics>();
        endpoints.MapGet(MetricsPath, GetMetrics).ExcludeFromDescription();
        return endpoints;
    }

    private static ContentHttpResult GetMetrics(PrometheusExporter exporter) =>
        TypedResults.Text(exporter.Scrape(), PrometheusText.ContentType);
}
