using Microsoft.Extensions.Options;
using Promise.Api.Configuration;
using Promise.ErpClient.Configuration;
using AspNetCorsOptions = Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions;

namespace Promise.Api.Security;

/// <summary>API keys, CORS, per-client rate limiting and load shedding.</summary>
internal static class SecurityServices
{
    public static IServiceCollection AddPromiseSecurity(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName);
        services.AddOptions<ApiCorsOptions>().BindConfiguration(ApiCorsOptions.SectionName);
        services.AddSingleton<ApiKeyValidator>();
        services.AddSingleton<LoadShedder>();
        // The thread pool's queueing delay is physical time, whatever clock the rest of the service is given.
        services.AddSingleton(_ => new QueueDelayMonitor(TimeProvider.System));
        services.AddSingleton<LoadSheddingMetrics>();
        services.AddHostedService<QueueDelayProbe>();
        services.AddTransient<IStartupFilter, RequestArrivalStartupFilter>();
        services.AddClientRateLimiting();
        services.AddCors();
        services.AddOptions<AspNetCorsOptions>()
            .Configure<IOptions<ApiCorsOptions>, IOptions<ErpOptions>>((cors, origins, erp) =>
                cors.AddDefaultPolicy(policy =>
                {
                    // The embedded demo is meant to be tried from any browser UI; a real deployment lists its origins.
                    if (erp.Value.EffectiveMode == ErpMode.Embedded && origins.Value.AllowedOrigins.Count == 0)
                    {
                        policy.AllowAnyOrigin();
                    }
                    else
                    {
                        policy.WithOrigins([.. origins.Value.AllowedOrigins]);
                    }

                    policy.AllowAnyHeader().WithMethods("GET", "POST").WithExposedHeaders("Retry-After");
                }));
        return services;
    }
}
