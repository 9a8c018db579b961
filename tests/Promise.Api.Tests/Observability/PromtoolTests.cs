using Microsoft.Extensions.Time.Testing;

namespace Promise.Api.Tests.Observability;

public sealed class PromtoolTests
{
    [Fact]
    public void Promtool_IsInstalled() => Assert.True(Promtool.Find() is not null, Promtool.MissingMessage);

    [Fact]
    public async Task CheckMetrics_RealOutputOfAKestrelApp_HasNoErrorsOrLintProblems()
    {
        await using var app = await MetricsTestApp.StartAsync(new FakeTimeProvider(), kestrel: true);
        using var client = MetricsTestApp.CreateClient(app, kestrel: true);
        using var body = new StringContent("{}");
        (await client.PostAsync(new Uri("/otp/promise", UriKind.Relative), body)).Dispose();
        (await client.GetAsync(new Uri("/otp/slow", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/otp/missing", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/metrics", UriKind.Relative))).Dispose();
        var exposition = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        var (exitCode, output) = await Promtool.CheckMetricsAsync(exposition);

        Assert.True(exitCode == 0 && output.Length == 0, $"promtool exit {exitCode}: {output}\n--- exposition ---\n{exposition}");
        Assert.Contains("kestrel_", exposition, StringComparison.Ordinal);
        Assert.Contains("otp_requests_total{", exposition, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckMetrics_LintProblem_IsReported()
    {
        var (exitCode, output) = await Promtool.CheckMetricsAsync("# HELP bad x\n# TYPE bad counter\nbad 1\n");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("_total", output, StringComparison.Ordinal);
    }
}
