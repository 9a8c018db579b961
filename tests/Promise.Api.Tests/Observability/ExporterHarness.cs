using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Promise.Api.Observability;
using Promise.Api.Observability.Prometheus;

namespace Promise.Api.Tests.Observability;

/// <summary>
/// A container of its own with the exporter, so meters created here are exported by this
/// harness only (the exporter ignores meters of other factories) and tests can run in parallel.
/// </summary>
internal sealed class ExporterHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public ExporterHarness()
    {
        _services = new ServiceCollection().AddLogging().AddPromiseObservability().BuildServiceProvider();
        Exporter = _services.GetRequiredService<PrometheusExporter>();
    }

    public PrometheusExporter Exporter { get; }

    public IMeterFactory MeterFactory => _services.GetRequiredService<IMeterFactory>();

    public PromiseMetrics PromiseMetrics => _services.GetRequiredService<PromiseMetrics>();

    /// <summary>A meter exported by this harness; distinct versions give distinct meters of one name.</summary>
    public Meter CreateMeter(string name = PromiseMetrics.MeterName, string? version = null) =>
        MeterFactory.Create(new MeterOptions(name) { Version = version ?? Guid.NewGuid().ToString("N") });

    public Exposition Scrape() => Exposition.Parse(Exporter.Scrape());

    public void Dispose() => _services.Dispose();
}
