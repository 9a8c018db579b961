namespace Promise.Perf.Baseline;

/// <summary>
/// Entry point of the bare Kestrel anchor. Configuration (args or env vars):
/// <c>--urls http://127.0.0.1:PORT</c>, <c>--Baseline:BodyFile PATH</c> (serve these bytes) or
/// <c>--Baseline:BodyBytes N</c> (serve a generated JSON object of exactly N bytes).
/// </summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        // Per-request logging would measure the console, not Kestrel.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var body = ResponseBody.Load(builder.Configuration);

        var app = builder.Build();
        app.MapPost("/otp/promise", body.WriteAsync);
        app.MapGet("/health/live", () => TypedResults.Ok());
        app.MapGet("/health/ready", () => TypedResults.Ok());
        app.Logger.LogBaselineReady(body.Length);
        await app.RunAsync();
    }
}
