using System.Diagnostics.Metrics;
using System.Net;
using Promise.ErpClient.Tests.Support;

namespace Promise.ErpClient.Tests.Supply;

public sealed class ErpClientMetricsTests
{
    [Fact]
    public async Task Metrics_ColdThenWarmRequest_RecordErpCallsCacheLookupsAndBreakerState()
    {
        var measurements = new List<(string Name, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Promise.ErpClient")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        {
            var dict = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                dict[tag.Key] = tag.Value;
            }

            lock (measurements)
            {
                measurements.Add((instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), dict));
            }
        }

        listener.SetMeasurementEventCallback<long>(Record);
        listener.SetMeasurementEventCallback<double>(Record);
        listener.SetMeasurementEventCallback<int>(Record);
        listener.Start();

        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        erp.Stub.Intercept = c => c.Doctype == "Holiday List" ? StubErpHandler.Json(HttpStatusCode.Forbidden, "{}") : null;
        await erp.SnapshotAsync("SKU-2");
        await erp.SnapshotAsync("SKU-2");
        listener.RecordObservableInstruments();

        List<(string Name, double Value, Dictionary<string, object?> Tags)> seen;
        lock (measurements)
        {
            seen = [.. measurements];
        }

        Assert.Contains(seen, m => m.Name == "otp_erp_requests_total" && (string?)m.Tags["query"] == "bin" && (string?)m.Tags["outcome"] == "success");
        Assert.Contains(seen, m => m.Name == "otp_erp_requests_total" && (string?)m.Tags["query"] == "holiday_list" && (string?)m.Tags["outcome"] == "rejected");
        Assert.Contains(seen, m => m.Name == "otp_erp_request_duration_seconds" && (string?)m.Tags["query"] == "purchase_order");
        Assert.Contains(seen, m => m.Name == "otp_cache_requests_total" && (string?)m.Tags["tier"] == "l1" && (string?)m.Tags["result"] == "miss");
        Assert.Contains(seen, m => m.Name == "otp_cache_requests_total" && (string?)m.Tags["tier"] == "l1" && (string?)m.Tags["result"] == "hit");
        Assert.Contains(seen, m => m.Name == "otp_circuit_breaker_state" && m.Value == 0);
    }
}
