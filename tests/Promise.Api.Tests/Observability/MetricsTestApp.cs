using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Promise.Api.Observability;

namespace Promise.Api.Tests.Observability;

/// <summary>
/// A small web app wired the way Program.cs wires observability, with stand-in /otp endpoints:
/// on the in-memory test server, or on Kestrel at 127.0.0.1:0 for real server metrics.
/// </summary>
internal static class MetricsTestApp
{
    /// <summary>How long <c>/otp/slow</c> takes on the fake clock.</summary>
    public static readonly TimeSpan SlowDuration = TimeSpan.FromMilliseconds(30);

    /// <summary>The status the optional exception handler answers with, as Promise answers ERP outages.</summary>
    public const int HandledExceptionStatus = StatusCodes.Status503ServiceUnavailable;

    public static async Task<WebApplication> StartAsync(FakeTimeProvider time, bool kestrel = false, bool exceptionHandler = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        if (kestrel)
        {
            builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<HangingRequests>();
        builder.Services.AddPromiseObservability();
        var app = builder.Build();
        app.UsePromiseRequestMetrics();
        if (exceptionHandler)
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = context =>
                {
                    context.Response.StatusCode = HandledExceptionStatus;
                    return Task.CompletedTask;
                },
            });
        }

        MapStandInEndpoints(app);
        app.MapPromiseMetrics();
        await app.StartAsync();
        return app;
    }

    public static HttpClient CreateClient(WebApplication app, bool kestrel = false)
    {
        if (!kestrel)
        {
            return app.GetTestClient();
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new HttpClient { BaseAddress = new Uri(address) };
    }

    private static void MapStandInEndpoints(IEndpointRouteBuilder app)
    {
        var otp = app.MapGroup("/otp");
        otp.MapPost("/promise", () => TypedResults.Ok(new { status = "ok" }));
        otp.MapPost("/bulk-promise", () => TypedResults.BadRequest());
        otp.MapGet("/slow", (TimeProvider clock) =>
        {
            ((FakeTimeProvider)clock).Advance(SlowDuration);
            return TypedResults.NoContent();
        });
        otp.MapGet("/items/{code}", (string code) => TypedResults.Ok(code));
        otp.MapGet("/fail", string () => throw new InvalidOperationException("handler failed"));
        otp.MapGet("/hang", async (HangingRequests hanging, CancellationToken aborted) =>
        {
            hanging.Started.TrySetResult();
            await Task.Delay(Timeout.Infinite, aborted);
            return TypedResults.NoContent();
        });
        app.MapGet("/health", () => TypedResults.Ok("healthy"));
    }
}
