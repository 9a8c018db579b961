using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Promise.Api.Configuration;
using Microsoft.Extensions.Time.Testing;
using Promise.Api.Security;
using Promise.Api.Tests.Infrastructure;

namespace Promise.Api.Tests.Security;

/// <summary>
/// <c>Api:MaxQueueTime</c>: a request that waited longer than the budget before its endpoint started is shed.
/// The wait is made on fake clocks: a middleware behind the arrival stamp advances the service's clock (time
/// spent in the pipeline), or the queue-delay monitor is given a probe that has waited (time in the thread
/// pool's queue before the request was parsed).
/// </summary>
public sealed class QueueTimeSheddingTests
{
    private const string Body = """{"items": [{"item_code": "SKU-001", "qty": 1}]}""";
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Promise_WaitedLongerThanMaxQueueTime_Is503WithRetryAfterAndCounted()
    {
        using var app = new ShedApp();
        using var client = app.Factory.CreateClient();
        app.PipelineWait = TimeSpan.FromMilliseconds(150);

        using var shed = await PostAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, shed.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), shed.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", shed.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await shed.Content.ReadAsStringAsync())!;
        Assert.Equal(503, problem["status"]!.GetValue<int>());
        Assert.Contains("Api:MaxQueueTime", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        app.PipelineWait = TimeSpan.Zero;
        Assert.Contains("otp_shed_requests_total{reason=\"queue_time\"} 1", await client.GetStringAsync("/metrics"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promise_WaitedWithinMaxQueueTime_IsServed()
    {
        using var app = new ShedApp();
        using var client = app.Factory.CreateClient();
        app.PipelineWait = TimeSpan.FromMilliseconds(90);

        using var response = await PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Promise_ThreadPoolQueueOverBudgetAtArrival_Is503_AndServedOnceTheQueueDrains()
    {
        using var app = new ShedApp();
        using var client = app.Factory.CreateClient();
        var monitor = app.Factory.Services.GetRequiredService<QueueDelayMonitor>();
        foreach (var waited in (int[])[250, 200])
        {
            monitor.ProbeSent(app.QueueClock.GetTimestamp());
            app.QueueClock.Advance(TimeSpan.FromMilliseconds(waited));
            monitor.ProbeRan(app.QueueClock.GetTimestamp());
        }

        using (var shed = await PostAsync(client))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, shed.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), shed.Headers.RetryAfter?.Delta);
        }

        monitor.ProbeSent(app.QueueClock.GetTimestamp());
        monitor.ProbeRan(app.QueueClock.GetTimestamp());
        using var served = await PostAsync(client);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task Promise_WaitedLongerThanMaxQueueTime_WhileTheInstanceIsNotBusy_IsServed()
    {
        using var app = new ShedApp(busyFloor: 1_000);
        using var client = app.Factory.CreateClient();
        app.PipelineWait = TimeSpan.FromSeconds(5);

        using var response = await PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/metrics")]
    public async Task HealthAndMetrics_WaitedLongerThanMaxQueueTime_AreNeverShed(string path)
    {
        using var app = new ShedApp();
        using var client = app.Factory.CreateClient();
        app.PipelineWait = TimeSpan.FromSeconds(5);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Promise_MaxQueueTimeZero_IsNeverShedForWaiting()
    {
        using var app = new ShedApp(("Api:MaxQueueTime", "00:00:00"));
        using var client = app.Factory.CreateClient();
        app.PipelineWait = TimeSpan.FromSeconds(5);

        using var response = await PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("00:00:11")]
    [InlineData("-00:00:01")]
    public async Task Start_MaxQueueTimeOutOfRange_FailsNamingTheKey(string value)
    {
        var error = Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(
            await StartFailure.OfAsync(() => TestApps.Embedded(("Api:MaxQueueTime", value))));

        Assert.Contains("MaxQueueTime", error.Message, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client) =>
        client.PostAsync("/otp/promise", new StringContent(Body, Encoding.UTF8, "application/json"));

    /// <summary>The embedded app on fake clocks, with a middleware right behind the arrival stamp that makes every request wait <see cref="PipelineWait"/>.</summary>
    private sealed class ShedApp : IDisposable
    {
        private readonly PromiseApiFactory _root;

        public ShedApp(params (string Key, string? Value)[] settings)
            : this(busyFloor: 0, settings)
        {
        }

        /// <param name="busyFloor">Requests in progress from which waiting is shed (0: always; the default needs 4 × cores).</param>
        /// <param name="settings">Configuration of the app.</param>
        public ShedApp(int busyFloor, params (string Key, string? Value)[] settings)
        {
            _root = TestApps.Embedded(settings);
            Factory = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.RemoveAll<QueueDelayMonitor>();
                services.AddSingleton(new QueueDelayMonitor(QueueClock));
                // No probe thread: the test alone says what the thread pool's queue looks like.
                var probe = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(QueueDelayProbe));
                services.Remove(probe);
                services.AddTransient<IStartupFilter>(_ => new WaitFilter(this));
                services.RemoveAll<LoadShedder>();
                services.AddSingleton(sp => new LoadShedder(sp.GetRequiredService<IOptions<ApiOptions>>()) { BusyFloor = busyFloor });
            }));
        }

        public FakeTimeProvider Clock { get; } = new(Start);

        public FakeTimeProvider QueueClock { get; } = new(Start);

        public TimeSpan PipelineWait { get; set; }

        public WebApplicationFactory<Program> Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            _root.Dispose();
        }

        private sealed class WaitFilter(ShedApp app) : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
            {
                builder.Use((HttpContext context, RequestDelegate rest) =>
                {
                    app.Clock.Advance(app.PipelineWait);
                    return rest(context);
                });
                next(builder);
            };
        }
    }
}
