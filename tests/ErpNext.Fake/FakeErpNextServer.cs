using System.Net;
using ErpNext.Fake.Controls;
using ErpNext.Fake.Data;
using ErpNext.Fake.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ErpNext.Fake;

/// <summary>
/// A Frappe v14/v15-faithful ERPNext stand-in on Kestrel (127.0.0.1), for tests in-process and for perf runs standalone.
/// </summary>
public sealed class FakeErpNextServer : IAsyncDisposable
{
    /// <summary>Appears in every fake traceback (<c>exc</c>), so tests can assert a client never logs it.</summary>
    public const string TracebackMarker = "FAKE-ERPNEXT-TRACEBACK-7f3a";

    private readonly WebApplication _app;

    private FakeErpNextServer(WebApplication app, Uri baseUrl, FakeErpNextControls controls)
    {
        _app = app;
        BaseUrl = baseUrl;
        Controls = controls;
    }

    /// <summary>e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    public FakeErpNextControls Controls { get; }

    public static Task<FakeErpNextServer> StartAsync(FakeErpNextOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(options, configureLogging: null, cancellationToken);

    internal static async Task<FakeErpNextServer> StartAsync(
        FakeErpNextOptions options, Action<ILoggingBuilder>? configureLogging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var fixture = options.FixtureJson is { } json ? FixtureLoader.Load(json)
            : options.FixturePath is { } path ? FixtureLoader.Load(await File.ReadAllBytesAsync(path, cancellationToken))
            : FixtureData.Empty;
        var controls = new FakeErpNextControls(fixture, new ApiCredentials(options.ApiKey, options.ApiSecret));

        // An empty builder: no appsettings or environment from whatever project hosts us can reconfigure the fake.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(FakeErpNextServer).Assembly.GetName().Name });
        // Kestrel's default 8 KB request line matches nginx's default large_client_header_buffers: longer GET
        // URLs are a 414, so a client must switch long "in" lists to POST frappe.client.get_list.
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton(controls);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FrappeGateway>();
        configureLogging?.Invoke(builder.Logging);

        var app = builder.Build();
        app.UseRouting();
        app.MapFakeControlEndpoints();
        var gateway = app.Services.GetRequiredService<FrappeGateway>();
        app.Map("/api/{**rest}", gateway.HandleAsync);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeErpNextServer(app, new Uri(address.TrimEnd('/') + "/"), controls);
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C in the standalone process).</summary>
    internal Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
