using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Promise.ErpClient.Configuration;
using Promise.ErpClient.DependencyInjection;
using Promise.ErpClient.Embedded;
using Promise.ErpClient.Health;
using Promise.ErpClient.Supply;
using Promise.ErpClient.Webhooks;

namespace Promise.ErpClient.Tests.Configuration;

public sealed class AddErpSupplyTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddErpSupply(configuration).BuildServiceProvider();
    }

    [Fact]
    public void AddErpSupply_NoBaseUrl_RegistersEmbeddedModeWithDefaults()
    {
        using var provider = Build([]);

        Assert.IsType<EmbeddedSupplyProvider>(provider.GetRequiredService<ISupplyProvider>());
        Assert.Equal("Embedded", provider.GetRequiredService<ISupplyHealth>().GetReport().Mode);
        Assert.False(provider.GetRequiredService<IWebhookHandler>().Enabled);
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        var erp = provider.GetRequiredService<IOptions<ErpOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(5), erp.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(2), erp.AttemptTimeout);
        Assert.Equal(2, erp.MaxRetries);
        Assert.Equal(16, erp.MaxConcurrency);
        Assert.Equal(TimeSpan.FromMilliseconds(2), erp.CoalesceWindow);
        Assert.Equal(200, erp.MaxBatchItems);
        var cache = provider.GetRequiredService<IOptions<CacheOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(30), cache.StockTtl);
        Assert.Equal(TimeSpan.FromHours(1), cache.MasterDataTtl);
        Assert.Equal(TimeSpan.FromMinutes(10), cache.MaxStaleness);
    }

    [Fact]
    public void AddErpSupply_OtpEnvironmentVariables_SelectErpNextMode()
    {
        using var provider = Build(new()
        {
            ["ERPNEXT_BASE_URL"] = "http://127.0.0.1:9",
            ["ERPNEXT_API_KEY"] = "k",
            ["ERPNEXT_API_SECRET"] = "s",
            ["Erp:WebhookSecret"] = "hook",
        });

        Assert.IsType<ErpSupplyProvider>(provider.GetRequiredService<ISupplyProvider>());
        var report = provider.GetRequiredService<ISupplyHealth>().GetReport();
        Assert.Equal("ErpNext", report.Mode);
        Assert.False(report.RedisConfigured);
        Assert.True(provider.GetRequiredService<IWebhookHandler>().Enabled);
        Assert.Equal("http://127.0.0.1:9", provider.GetRequiredService<IOptions<ErpOptions>>().Value.BaseUrl);
    }

    [Fact]
    public void AddErpSupply_BadConfiguration_FailsNamingEveryKeyButNoValue()
    {
        using var provider = Build(new()
        {
            ["Erp:Mode"] = "ErpNext",
            ["Erp:BaseUrl"] = "not a url",
            ["Erp:ApiSecret"] = "super-secret-value",
            ["Erp:Timeout"] = "00:00:01",
            ["Erp:AttemptTimeout"] = "00:00:02",
            ["Erp:MaxConcurrency"] = "0",
            ["Erp:BreakerFailureRatio"] = "2",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ErpOptions>>().Value);

        Assert.Contains("Erp:BaseUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("Erp:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("Erp:AttemptTimeout", error.Message, StringComparison.Ordinal);
        Assert.Contains("Erp:MaxConcurrency", error.Message, StringComparison.Ordinal);
        Assert.Contains("Erp:BreakerFailureRatio", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("super-secret-value", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not a url", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cache:StockTtl", "00:00:00", "Cache:StockTtl")]
    [InlineData("Cache:MaxStaleness", "00:00:01", "Cache:MaxStaleness")]
    [InlineData("Cache:L1SizeLimit", "1", "Cache:L1SizeLimit")]
    public void AddErpSupply_BadCacheSetting_FailsNamingTheKey(string key, string value, string expected)
    {
        using var provider = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CacheOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddErpSupply_BadRedisSettings_FailsNamingTheKeysButNotTheConnectionString()
    {
        using var provider = Build(new() { ["Redis:Configuration"] = "localhost:6379,password=hunter2,bogus=1", ["Redis:OperationTimeout"] = "00:00:00" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RedisOptions>>().Value);

        Assert.Contains("Redis:Configuration", error.Message, StringComparison.Ordinal);
        Assert.Contains("Redis:OperationTimeout", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AddErpSupply_HostStart_DeclaresEveryInstrumentBeforeAnyRequest(bool erpNextMode)
    {
        var published = new List<string>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, _) =>
        {
            if (instrument.Meter.Name == "Promise.ErpClient")
            {
                lock (published)
                {
                    published.Add(instrument.Name);
                }
            }
        };
        listener.Start();
        Dictionary<string, string?> settings = erpNextMode
            ? new() { ["Erp:BaseUrl"] = "http://127.0.0.1:9", ["Erp:ApiKey"] = "k", ["Erp:ApiSecret"] = "s" }
            : [];
        await using var provider = Build(settings);

        foreach (var service in provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }

        lock (published)
        {
            Assert.Contains("otp_erp_requests_total", published);
            Assert.Contains("otp_erp_request_duration_seconds", published);
            Assert.Contains("otp_cache_requests_total", published);
            Assert.Contains("otp_circuit_breaker_state", published);
        }
    }
}
