using System.Diagnostics.Metrics;

namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// Maps instruments onto metric families, one family per Prometheus name: instruments with the
/// same name and shape share a family, and a name that clashes (another type, other buckets, or a
/// family the exporter computes itself) is refused, so no family is ever written twice.
/// </summary>
internal sealed class FamilyRegistry(ObservationClock clock, IReadOnlySet<string> reservedNames, ILogger logger)
{
    private readonly Dictionary<string, MetricFamily> _byName = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private MetricFamily[] _sorted = [];

    /// <summary>Families sorted by name; safe to enumerate while instruments are being added.</summary>
    public IReadOnlyList<MetricFamily> Snapshot => Volatile.Read(ref _sorted);

    public InstrumentBinding? Bind(Instrument instrument)
    {
        if (InstrumentKinds.Classify(instrument) is not { } kind)
        {
            return null;
        }

        var type = kind.ToPrometheusType();
        var unit = UnitTranslator.Translate(instrument.Unit);
        var name = PrometheusNaming.FamilyName(instrument.Name, unit, type);
        if (reservedNames.Contains(name))
        {
            // Expected: System.Runtime's dotnet.gc.collections duplicates the built-in GC family.
            ObservabilityLog.InstrumentShadowed(logger, instrument.Name, instrument.Meter.Name, name);
            return null;
        }

        var family = GetOrAdd(instrument, name, type, unit);
        if (family is null)
        {
            ObservabilityLog.InstrumentConflict(logger, instrument.Name, instrument.Meter.Name, name);
            return null;
        }

        return kind switch
        {
            InstrumentKind.Histogram => new HistogramBinding((HistogramFamily)family, unit),
            InstrumentKind.Counter => new SumBinding((ValueFamily)family, unit, monotonic: true),
            InstrumentKind.UpDownCounter => new SumBinding((ValueFamily)family, unit, monotonic: false),
            InstrumentKind.Gauge => new LastValueBinding((ValueFamily)family, unit, clock: null),
            _ => new LastValueBinding((ValueFamily)family, unit, clock),
        };
    }

    private MetricFamily? GetOrAdd(Instrument instrument, string name, PrometheusType type, UnitConversion unit)
    {
        var bounds = type == PrometheusType.Histogram ? HistogramBuckets.For(instrument, name, unit) : null;
        lock (_gate)
        {
            if (_byName.TryGetValue(name, out var existing))
            {
                return IsCompatible(existing, type, bounds) ? existing : null;
            }

            var help = string.IsNullOrWhiteSpace(instrument.Description)
                ? $"{instrument.Name} from meter {instrument.Meter.Name}."
                : instrument.Description;
            MetricFamily family = bounds is null ? new ValueFamily(name, help, type) : new HistogramFamily(name, help, bounds);
            _byName.Add(name, family);
            Volatile.Write(ref _sorted, [.. _byName.Values.OrderBy(f => f.Name, StringComparer.Ordinal)]);
            return family;
        }
    }

    private static bool IsCompatible(MetricFamily existing, PrometheusType type, IReadOnlyList<double>? bounds) =>
        existing.Type == type
        && (existing is not HistogramFamily histogram || histogram.Bounds.SequenceEqual(bounds ?? []));
}
