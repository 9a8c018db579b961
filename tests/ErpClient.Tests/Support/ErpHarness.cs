using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Promise.ErpClient.DependencyInjection;
using Promise.ErpClient.Health;
using Promise.ErpClient.Supply;
using Promise.ErpClient.Webhooks;

namespace Promise.ErpClient.Tests.Support;

/// <summary>
/// ErpNext mode wired exactly as the API wires it (AddErpSupply), talking to a <see cref="StubErpHandler"/>
/// (or, given a base URL, to a real server) on a <see cref="FakeTimeProvider"/>.
/// </summary>
public sealed class ErpHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 21, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    public ErpHarness(Dictionary<string, string?>? settings = null, string? baseUrl = null, TimeProvider? timeProvider = null, string apiKey = "k", string apiSecret = "s")
    {
        Time = timeProvider as FakeTimeProvider ?? new FakeTimeProvider(Start);
        Stub = new StubErpHandler(Time);
        var values = new Dictionary<string, string?>
        {
            ["Erp:BaseUrl"] = baseUrl ?? "http://erp.test",
            ["Erp:ApiKey"] = apiKey,
            ["Erp:ApiSecret"] = apiSecret,
            ["Erp:CoalesceWindow"] = "00:00:00",
            ["Erp:WebhookSecret"] = "hook-secret",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(timeProvider ?? Time);
        services.AddErpSupply(configuration);
        if (baseUrl is null)
        {
            services.AddHttpClient(ErpSupplyServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Stub);
        }

        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; }

    public StubErpHandler Stub { get; }

    public ISupplyProvider Supply => _services.GetRequiredService<ISupplyProvider>();

    internal ErpSupplyProvider Provider => _services.GetRequiredService<ErpSupplyProvider>();

    public ISupplyHealth Health => _services.GetRequiredService<ISupplyHealth>();

    public IWebhookHandler Webhooks => _services.GetRequiredService<IWebhookHandler>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Advances fake time in small steps until <paramref name="task"/> completes (retry delays, breaker timers).</summary>
    public async Task<T> PumpAsync<T>(Task<T> task, TimeSpan? step = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!task.IsCompleted)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The operation did not complete while fake time was advanced.");
            }

            Time.Advance(step ?? TimeSpan.FromMilliseconds(50));
            await Task.Delay(1);
        }

        return await task;
    }

    public Task<Promise.Core.Supply.SupplySnapshot> SnapshotAsync(params string[] codes) => Supply.GetSnapshotAsync(codes, CancellationToken.None).AsTask();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
