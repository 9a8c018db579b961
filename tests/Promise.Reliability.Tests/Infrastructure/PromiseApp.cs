using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Promise.Reliability.Tests.Infrastructure;

/// <summary>
/// The real application with its configuration swapped, every log event captured at Trace level, on the
/// in-memory test server or (<paramref name="kestrel"/>) on a real Kestrel listener on a free loopback port.
/// </summary>
public sealed class PromiseApp(IReadOnlyDictionary<string, string?> settings, bool kestrel = false) : WebApplicationFactory<Program>
{
    public LogCapture Logs { get; } = new();

    /// <summary>The real listener's address (Kestrel mode only), e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.TrimEnd('/') + "/");
        }
    }

    /// <summary>The port of <see cref="ServerAddress"/>, for raw sockets.</summary>
    public IPEndPoint EndPoint => new(IPAddress.Loopback, ServerAddress.Port);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        if (kestrel)
        {
            UseKestrel();
            builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
            logging.SetMinimumLevel(LogLevel.Trace);
            // Provider rules beat the app's category filters: the capture sees everything, framework included.
            logging.AddFilter<LogCapture>(null, LogLevel.Trace);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Logs.Dispose();
        }
    }
}
