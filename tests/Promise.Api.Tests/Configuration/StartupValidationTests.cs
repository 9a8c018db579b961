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
        await using var factory = TestApps.Embedded(
            ("Promise:Warehouses:0:Name", "Stores"), ("Promise:ShippingMethods:0:Name", "freight"), ("Promise:ShippingMethods:0:TransitDays", "1"), (key, value));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Api:MaxBodyBytes", "12")]
    [InlineData("Api:BulkPrefetchWindow", "0")]
    [InlineData("Api:RateLimit:PermitsPerSecond", "-1")]
    public async Task Start_BadApiConfiguration_FailsNamingTheKey(string key, string value)
    {
        await using var factory = TestApps.Embedded((key, value));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(key.Split(':')[^1], error.Message, StringComparison.Ordinal);
    }
}
