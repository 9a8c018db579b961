using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Promise.Api.Promising;
using Promise.Api.Streaming;
using Promise.Api.Validation;
using Promise.Core.Allocation;
using Promise.Core.Rules;
using Promise.ErpClient.Configuration;

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
        // The ERP client reads the companies' default holiday lists; the ones the rules name must be read too.
        // Read from the configuration, not IOptions<PromiseRulesOptions>: its validation would otherwise run (and
        // fail) inside Erp:*'s, reporting a Promise:* error twice and hiding Erp:*'s own.
        services.AddOptions<ErpOptions>().PostConfigure<IConfiguration>((erp, configuration) =>
        {
            foreach (var name in HolidayListNames(ServiceRulesReader.Read(configuration).Rules))
            {
                if (!erp.HolidayLists.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    erp.HolidayLists.Add(name);
                }
            }
        });
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PromiseRulesOptions>>().Value.Rules);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PromiseRulesOptions>>().Value.Limits);
        services.AddSingleton(sp => new PromiseEngine(sp.GetRequiredService<ServiceRules>()));
        services.AddSingleton<PromiseRequestValidator>();
        services.AddSingleton<PromiseService>();
        services.AddSingleton<BulkPromiseRunner>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Every holiday list the rules name: the global one, the warehouses' and the carriers'.</summary>
    internal static IEnumerable<string> HolidayListNames(ServiceRules rules)
    {
        IEnumerable<string?> names = [rules.HolidayList, .. rules.Warehouses.Select(w => w.HolidayList), .. rules.ShippingMethods.Select(m => m.HolidayList)];
        return names.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
