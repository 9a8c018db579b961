using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Promise.Api.Health;
using Promise.Api.Security;
using Promise.ErpClient.Configuration;

namespace Promise.Api.Hosting;

/// <summary>
/// Once the server listens, says in one line what the service serves and where; warns when an
/// ERPNext-backed instance has no API keys (anyone who reaches it can read stock levels).
/// </summary>
internal sealed partial class StartupReport(
    IHostApplicationLifetime lifetime,
    IServer server,
    IOptions<ErpOptions> erp,
    ApiKeyValidator apiKeys,
    ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Report);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Report()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        var where = addresses is { Count: > 0 } ? string.Join(", ", addresses) : "(in-process test server)";
        var options = erp.Value;
        if (options.EffectiveMode == ErpMode.Embedded)
        {
            var data = string.IsNullOrWhiteSpace(options.FixtureFile) ? HealthEvaluator.EmbeddedMessage : "an embedded fixture file";
            LogEmbedded(logger, HealthEvaluator.Version, where, data);
            return;
        }

        var site = SiteOf(options.BaseUrl);
        LogErpNext(logger, HealthEvaluator.Version, where, site);
        if (!apiKeys.Required)
        {
            LogNoApiKeys(logger);
        }
    }

    // Only scheme, host and port: a URL could carry credentials in its user-info part.
    private static string SiteOf(string? baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority).Replace(uri.UserInfo + "@", string.Empty, StringComparison.Ordinal) : "(unset)";

    [LoggerMessage(Level = LogLevel.Information, Message = "Promise {Version} listening on {Addresses} in embedded demo mode, serving {Data} (no ERPNext, no Redis)")]
    private static partial void LogEmbedded(ILogger logger, string version, string addresses, string data);

    [LoggerMessage(Level = LogLevel.Information, Message = "Promise {Version} listening on {Addresses}, reading ERPNext at {Site}")]
    private static partial void LogErpNext(ILogger logger, string version, string addresses, string site);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No API keys configured (Auth:ApiKeys): /otp/* is open to anyone who can reach this service")]
    private static partial void LogNoApiKeys(ILogger logger);
}
