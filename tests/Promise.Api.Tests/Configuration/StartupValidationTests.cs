using Microsoft.Extensions.Options;
using Promise.Api.Tests.Infrastructure;

namespace Promise.Api.Tests.Configuration;

public class StartupValidationTests
{
    [Theory]
    [InlineData("Promise:Warehouses:0:TimeZone", "Hidden/Zone-42")]
    [InlineData("Promise:Warehouses:0:Cutoff", "99:99")]
    [InlineData("Promise:ShippingMethods:0:TransitDays", "-3")]
    public async Task Start_BadPromiseConfiguration_FailsNamingTheKey(string key, string value)
    {
        var error = Assert.IsType<OptionsValidationException>(await StartFailure.OfAsync(() => TestApps.Embedded(
            ("Promise:Warehouses:0:Name", "Stores"), ("Promise:ShippingMethods:0:Name", "freight"), ("Promise:ShippingMethods:0:TransitDays", "1"), (key, value))));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Api:MaxBodyBytes", "12")]
    [InlineData("Api:BulkPrefetchWindow", "0")]
    [InlineData("Api:RateLimit:PermitsPerSecond", "-1")]
    public async Task Start_BadApiConfiguration_FailsNamingTheKey(string key, string value)
    {
        var error = Assert.IsType<OptionsValidationException>(await StartFailure.OfAsync(() => TestApps.Embedded((key, value))));

        Assert.Contains(key.Split(':')[^1], error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Start_BadKeysInThreeSections_ReportsEverySection(bool erpNextMode)
    {
        // Each section has its own validator; every invalid section must be reported at once, not only the first
        // one that start-up code happens to read (the webhook endpoint's mapping and the supply hosted services
        // used to build the supply provider and the Redis connection before the options were validated).
        (string, string?)[] settings = [("Redis:KeyPrefix", ""), ("Api:MaxBodyBytes", "12"), ("Erp:MaxConcurrency", "0")];
        var error = await StartFailure.OfAsync(() => erpNextMode ? TestApps.ErpNext(TestApps.UnusedErpNext, settings) : TestApps.Embedded(settings));

        var messages = error is AggregateException aggregate
            ? string.Join("\n", aggregate.InnerExceptions.Select(e => e.Message))
            : error.Message;
        Assert.Contains("Redis:KeyPrefix", messages, StringComparison.Ordinal);
        Assert.Contains("MaxBodyBytes", messages, StringComparison.Ordinal);
        Assert.Contains("Erp:MaxConcurrency", messages, StringComparison.Ordinal);
    }
}
