using Promise.Api.Configuration;
using Promise.Api.Endpoints;
using Promise.Api.Health;
using Promise.Api.Hosting;
using Promise.Api.Observability;
using Promise.Api.Security;
using Promise.ErpClient.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);
builder.ConfigurePromiseHosting();
builder.Services
    .AddPromiseEngine()
    .AddErpSupply(builder.Configuration)
    .AddPromiseSecurity()
    .AddPromiseObservability()
    .AddOpenApi();

var app = builder.Build();
app.UsePromiseRequestMetrics();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseRateLimiter();

app.MapOpenApi();
app.MapHealthEndpoints();
app.MapPromiseEndpoints();
app.MapWebhookEndpoints();
app.MapPromiseMetrics();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
