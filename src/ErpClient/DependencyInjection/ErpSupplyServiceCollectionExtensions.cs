using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Promise.ErpClient.Caching;
using Promise.ErpClient.Configuration;
using Promise.ErpClient.Embedded;
using Promise.ErpClient.Health;
using Promise.ErpClient.Http;
using Promise.ErpClient.Observability;
using Promise.ErpClient.Resilience;
using Promise.ErpClient.Supply;
using Promise.ErpClient.Webhooks;
using Refit;

namespace Promise.ErpClient.DependencyInjection;

/// <summary>Registers the supply side: <see cref="ISupplyProvider"/>, <see cref="ISupplyHealth"/> and <see cref="IWebhookHandler"/>.</summary>
public static class ErpSupplyServiceCollectionExtensions
{
    /// <summary>Name of the <see cref="HttpClient"/> used toward ERPNext (tests may reconfigure its primary handler).</summary>
    internal const string HttpClientName = "erpnext";

    /// <summary>
    /// Binds and validates (at start-up) <c>Erp:*</c>, <c>Cache:*</c> and <c>Redis:*</c> (see src/ErpClient/README.md
    /// for every key and default), then registers Embedded or ErpNext mode. <c>ERPNEXT_BASE_URL</c>,
    /// <c>ERPNEXT_API_KEY</c> and <c>ERPNEXT_API_SECRET</c> fill the <c>Erp:</c> values left empty.
    /// Registers <see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> is already registered.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application configuration (root).</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddErpSupply(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddOptions<ErpOptions>()
            .Bind(configuration.GetSection(ErpOptions.SectionName))
            .PostConfigure(o => ApplyEnvironment(o, configuration))
            .ValidateOnStart();
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.SectionName)).ValidateOnStart();
        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ErpOptions>, ErpOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CacheOptions>, CacheOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisOptions>, RedisOptionsValidator>());

        services.TryAddSingleton<CircuitBreakerStateProvider>();
        services.TryAddSingleton<ErpClientMetrics>();
        services.TryAddSingleton<IWebhookHandler, WebhookHandler>();
        services.AddHostedService<SupplyStartupService>();

        var probe = new ErpOptions();
        configuration.GetSection(ErpOptions.SectionName).Bind(probe);
        ApplyEnvironment(probe, configuration);
        if (probe.EffectiveMode == ErpMode.Embedded)
        {
            services.TryAddSingleton<EmbeddedSupplyProvider>();
            services.TryAddSingleton<ISupplyProvider>(sp => sp.GetRequiredService<EmbeddedSupplyProvider>());
            services.TryAddSingleton<ISupplyHealth, EmbeddedSupplyHealth>();
            services.TryAddSingleton<ICacheInvalidator, NoCacheInvalidator>();
            return services;
        }

        AddErpNextMode(services, probe);
        return services;
    }

    private static void AddErpNextMode(IServiceCollection services, ErpOptions probe)
    {
        services.TryAddSingleton<RedisConnection>();
        services.TryAddSingleton<L2Breaker>();
        services.TryAddSingleton<RedisL2Cache>();
        services.TryAddSingleton<L1Cache>();
        services.TryAddSingleton<GenerationTracker>();
        services.TryAddSingleton<TieredCacheServices>();
        services.TryAddSingleton<SiteFieldSet>();
        services.TryAddSingleton<SupplyHealthTracker>();
        services.TryAddSingleton<ISupplyHealth>(sp => sp.GetRequiredService<SupplyHealthTracker>());
        services.TryAddSingleton<ErpResilience>();
        services.TryAddSingleton<ErpListReader>();
        services.TryAddSingleton<ErpSupplyReader>();
        services.TryAddSingleton<ICacheInvalidator, CacheInvalidator>();
        services.TryAddSingleton<ErpSupplyProvider>();
        services.TryAddSingleton<ISupplyProvider>(sp => sp.GetRequiredService<ErpSupplyProvider>());
        services.AddHostedService<SupplyWarmupService>();

        services.TryAddTransient<ErpAuthHandler>();
        services.AddHttpClient(HttpClientName, (sp, client) =>
            {
                var baseUrl = sp.GetRequiredService<IOptions<ErpOptions>>().Value.BaseUrl ?? string.Empty;
                client.BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/");
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns every timeout
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxConnectionsPerServer = Math.Max(probe.MaxConcurrency, 1),
                AutomaticDecompression = DecompressionMethods.All,
            })
            .AddHttpMessageHandler<ErpAuthHandler>();
        services.TryAddSingleton(sp => RestService.For<IErpNextApi>(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            new RefitSettings(new SystemTextJsonContentSerializer(ErpJsonContext.Default.Options))));
    }

    private static void ApplyEnvironment(ErpOptions options, IConfiguration configuration)
    {
        // OTP's variable names, for drop-in deployments; explicit Erp:* keys win.
        if (string.IsNullOrWhiteSpace(options.BaseUrl))
        {
            options.BaseUrl = NullIfEmpty(configuration["ERPNEXT_BASE_URL"]);
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            options.ApiKey = NullIfEmpty(configuration["ERPNEXT_API_KEY"]);
        }

        if (string.IsNullOrWhiteSpace(options.ApiSecret))
        {
            options.ApiSecret = NullIfEmpty(configuration["ERPNEXT_API_SECRET"]);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
