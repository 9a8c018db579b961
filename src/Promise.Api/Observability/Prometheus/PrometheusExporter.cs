using System.Diagnostics.Metrics;
using System.Text;

namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// Listens to the selected meters from construction on, aggregates every measurement in memory
/// (lock-free per measurement) and renders the Prometheus text format 0.0.4 on demand.
/// </summary>
internal sealed class PrometheusExporter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly IMeterFactory _meterFactory;
    private readonly ILogger<PrometheusExporter> _logger;
    private readonly ObservationClock _clock = new();
    private readonly FamilyRegistry _registry;
    private readonly ProcessMetrics _process = new();
    private readonly StringBuilder _buffer = new();
    private readonly Lock _scrapeGate = new();

    public PrometheusExporter(IMeterFactory meterFactory, ILogger<PrometheusExporter> logger)
    {
        _meterFactory = meterFactory;
        _logger = logger;
        _registry = new FamilyRegistry(_clock, ProcessMetrics.Names, logger);
        _listener.InstrumentPublished = OnInstrumentPublished;
        _listener.SetMeasurementEventCallback<double>(static (_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<float>(static (_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<long>(static (_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<int>(static (_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<short>(static (_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<byte>(static (_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<decimal>(static (_, value, tags, state) => Record(state, (double)value, tags));
        _listener.Start();
    }

    /// <summary>Collects observable instruments, then renders every family.</summary>
    public string Scrape()
    {
        lock (_scrapeGate)
        {
            var generation = _clock.Advance();
            try
            {
                _listener.RecordObservableInstruments();
            }
            catch (AggregateException exception)
            {
                ObservabilityLog.ObservationFailed(_logger, exception);
            }

            _buffer.Clear();
            var writer = new ExpositionWriter(_buffer);
            foreach (var family in _registry.Snapshot)
            {
                family.Write(writer, generation);
            }

            _process.Write(writer);
            return _buffer.ToString();
        }
    }

    public void Dispose() => _listener.Dispose();

    private static void Record(object? state, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        ((InstrumentBinding)state!).Record(value, tags);

    private void OnInstrumentPublished(Instrument instrument, MeterListener listener)
    {
        if (!MeterSelection.Includes(instrument.Meter, _meterFactory))
        {
            return;
        }

        if (_registry.Bind(instrument) is { } binding)
        {
            listener.EnableMeasurementEvents(instrument, binding);
        }
    }
}
