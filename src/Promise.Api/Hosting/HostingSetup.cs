using Microsoft.AspNetCore.Server.Kestrel.Core;
using Promise.Api.Configuration;

namespace Promise.Api.Hosting;

/// <summary>Kestrel limits, the default address, graceful shutdown and error handling.</summary>
internal static class HostingSetup
{
    /// <summary>Where the service listens when nothing else is configured.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplicationBuilder ConfigurePromiseHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var api = builder.Configuration.GetSection(ApiOptions.SectionName).Get<ApiOptions>() ?? new ApiOptions();
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey])
            && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists()
            && string.IsNullOrWhiteSpace(builder.Configuration["HTTP_PORTS"])
            && string.IsNullOrWhiteSpace(builder.Configuration["HTTPS_PORTS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // One line per log event; the framework's per-request and lifetime chatter stays below the start-up line.
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // IHttpClientFactory logs four Information lines per ERPNext call: noise at any load (perf/README.md).
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => ApplyLimits(kestrel.Limits, api));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = api.ShutdownTimeout);
        // OTP clients display `detail`: framework-made problems (404, 405, ...) get one too.
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
            context.ProblemDetails.Detail ??= $"{context.ProblemDetails.Title ?? "Error"}: {context.HttpContext.Request.Method} {context.HttpContext.Request.Path}");
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddHostedService<StartupReport>();
        return builder;
    }

    /// <summary>Deliberate limits: a slow or oversized client cannot hold a worker or memory.</summary>
    internal static void ApplyLimits(KestrelServerLimits limits, ApiOptions api)
    {
        limits.MaxRequestBodySize = api.MaxBodyBytes;
        limits.MaxRequestHeadersTotalSize = api.MaxRequestHeadersBytes;
        limits.MaxRequestLineSize = Math.Min(api.MaxRequestHeadersBytes, 16 * 1024);
        limits.RequestHeadersTimeout = api.RequestHeadersTimeout;
        limits.KeepAliveTimeout = api.KeepAliveTimeout;
        limits.MinRequestBodyDataRate = api.MinRequestBodyBytesPerSecond > 0
            ? new MinDataRate(api.MinRequestBodyBytesPerSecond, TimeSpan.FromSeconds(5))
            : null;
        limits.MinResponseDataRate = new MinDataRate(240, TimeSpan.FromSeconds(5));
    }
}
