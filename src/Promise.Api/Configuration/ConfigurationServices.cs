using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Promise.Api.Promising;
using Promise.Api.Streaming;
using Promise.Api.Validation;
using Promise.Core.Allocation;

namespace Promise.Api.Configuration;

/// <summary>Binds and validates <c>Promise:*</c> and <c>Api:*</c> at start-up and registers the calculator and promise services.</summary>
internal static class ConfigurationServices
{
    public static IServiceCollection AddPromiseEngine(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PromiseRulesOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                var (rules, limits, errors) = ServiceRulesReader.Read(configuration);
                options.Rules = rules;
                options.Limits = limits;
                options.Errors = errors;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PromiseRulesOptions>, PromiseRulesOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PromiseRulesOptions>>().Value.Rules);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PromiseRulesOptions>>().Value.Limits);
        services.AddSingleton(sp => new PromiseEngine(sp.GetRequiredService<Core.Rules.ServiceRules>()));
        services.AddSingleton<PromiseRequestValidator>();
        services.AddSingleton<PromiseService>();
        services.AddSingleton<BulkPromiseRunner>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
