using Promise.Api.Observability.Prometheus;

namespace Promise.Api.Tests.Observability;

public sealed class PrometheusNamingTests
{
    [Theory]
    [InlineData("http.server.request.duration", "s", nameof(PrometheusType.Histogram), "http_server_request_duration_seconds")]
    [InlineData("http.server.active_requests", "{request}", nameof(PrometheusType.Gauge), "http_server_active_requests")]
    [InlineData("dotnet.gc.collections", "{collection}", nameof(PrometheusType.Counter), "dotnet_gc_collections_total")]
    [InlineData("dotnet.gc.heap.total_allocated", "By", nameof(PrometheusType.Counter), "dotnet_gc_heap_total_allocated_bytes_total")]
    [InlineData("dotnet.gc.pause.time", "s", nameof(PrometheusType.Counter), "dotnet_gc_pause_time_seconds_total")]
    [InlineData("otp_requests_total", "{request}", nameof(PrometheusType.Counter), "otp_requests_total")]
    [InlineData("otp_request_duration_seconds", "s", nameof(PrometheusType.Histogram), "otp_request_duration_seconds")]
    [InlineData("otp_circuit_breaker_state", null, nameof(PrometheusType.Gauge), "otp_circuit_breaker_state")]
    [InlineData("db.client.latency", "ms", nameof(PrometheusType.Histogram), "db_client_latency_seconds")]
    [InlineData("payload.size", "KiBy", nameof(PrometheusType.Histogram), "payload_size_bytes")]
    [InlineData("network.rate", "By/s", nameof(PrometheusType.Gauge), "network_rate_bytes_per_second")]
    [InlineData("queue.rate", "{item}/s", nameof(PrometheusType.Gauge), "queue_rate_per_second")]
    [InlineData("cpu.utilization", "1", nameof(PrometheusType.Gauge), "cpu_utilization")]
    [InlineData("dotnet.assembly.count", "{assembly}", nameof(PrometheusType.Gauge), "dotnet_assembly_count_value")]
    [InlineData("queue.sum", null, nameof(PrometheusType.Gauge), "queue_sum_value")]
    [InlineData("thread.count", "{thread}", nameof(PrometheusType.Counter), "thread_count_total")]
    [InlineData("request.count", null, nameof(PrometheusType.Histogram), "request_count")]
    [InlineData("9lives-metric", "", nameof(PrometheusType.Gauge), "_9lives_metric")]
    [InlineData("ns:metric.name", null, nameof(PrometheusType.Gauge), "ns:metric_name")]
    public void FamilyName_InstrumentNameAndUnit_FollowsPrometheusConventions(
        string instrument, string? unit, string type, string expected) =>
        Assert.Equal(expected, PrometheusNaming.FamilyName(instrument, UnitTranslator.Translate(unit), Enum.Parse<PrometheusType>(type)));

    [Theory]
    [InlineData("http.route", "http_route")]
    [InlineData("gc.heap.generation", "gc_heap_generation")]
    [InlineData("1st", "_1st")]
    [InlineData("with:colon", "with_colon")]
    [InlineData("", "_")]
    [InlineData("ünïcode", "_n_code")]
    public void SanitizeLabelName_InvalidCharacters_BecomeUnderscores(string name, string expected) =>
        Assert.Equal(expected, PrometheusNaming.SanitizeLabelName(name));

    [Theory]
    [InlineData("ms", 5d, 0.005)]
    [InlineData("us", 2500d, 0.0025)]
    [InlineData("min", 2d, 120d)]
    [InlineData("KiBy", 2d, 2048d)]
    [InlineData("s", 0.25, 0.25)]
    [InlineData("{request}", 7d, 7d)]
    public void Translate_Unit_ConvertsToBaseUnitExactly(string unit, double value, double expected) =>
        Assert.Equal(expected, UnitTranslator.Translate(unit).Apply(value));
}
