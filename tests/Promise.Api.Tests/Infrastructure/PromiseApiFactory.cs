using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Promise.Api.Tests.Infrastructure;

/// <summary>
/// The real application on the in-memory test server, with configuration swapped: pointed at an
/// in-process fake ERPNext (<see cref="ForErpNext"/>) or left on embedded demo data.
/// </summary>
public sealed class PromiseApiFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public const string ErpApiKey = "fake-key";
    public const string ErpApiSecret = "fake-secret";

    /// <summary>Settings for ERPNext mode against <paramref name="erpBaseUrl"/>: no retries, so injected outages show at once.</summary>
    public static Dictionary<string, string?> ForErpNext(Uri erpBaseUrl) => new()
    {
        ["Erp:BaseUrl"] = erpBaseUrl.ToString(),
        ["Erp:ApiKey"] = ErpApiKey,
        ["Erp:ApiSecret"] = ErpApiSecret,
        ["Erp:MaxRetries"] = "0",
        ["Erp:Timeout"] = "00:00:10",
        ["Erp:AttemptTimeout"] = "00:00:05",
        ["Promise:Warehouses:0:Name"] = "Stores - AC",
        ["Promise:Warehouses:0:Priority"] = "10",
        ["Promise:Warehouses:0:Cutoff"] = "14:00",
        ["Promise:Warehouses:0:TimeZone"] = "UTC",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
