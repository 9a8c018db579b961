using ErpNext.Fake.Cli;

namespace ErpNext.Fake.Tests;

public sealed class StandaloneCommandTests
{
    [Fact]
    public async Task Generate_WritesAFixtureTheFakeCanServe()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fake-catalog-{Guid.NewGuid():N}.json");
        try
        {
            using var output = new StringWriter();
            var exit = await StandaloneCommand.RunAsync(["--generate", "25", "--seed", "9", "--base-date", "2026-11-24", "--out", path], output, TextWriter.Null);

            Assert.Equal(0, exit);
            await using var server = await FakeErpNextServer.StartAsync(new FakeErpNextOptions { FixturePath = path });
            using var client = new HttpClient { BaseAddress = server.BaseUrl };
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "token test-key:test-secret");
            var text = await client.GetStringAsync("api/resource/Item?limit_page_length=0");
            Assert.Equal(25, System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("data").GetArrayLength());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--port")]
    [InlineData("--bogus", "1")]
    [InlineData("--generate", "10", "--base-date", "24/11/2026", "--out", "x.json")]
    public async Task BadArguments_ExitWith2AndUsage(params string[] args)
    {
        using var error = new StringWriter();

        var exit = await StandaloneCommand.RunAsync(args, TextWriter.Null, error);

        Assert.Equal(2, exit);
        Assert.Contains("Usage:", error.ToString(), StringComparison.Ordinal);
    }
}
