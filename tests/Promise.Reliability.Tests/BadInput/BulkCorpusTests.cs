using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Promise.Reliability.Tests.Infrastructure;

namespace Promise.Reliability.Tests.BadInput;

/// <summary>
/// The hostile corpus as one bulk batch, good and bad lines interleaved: exactly one answer line per input
/// line, in order, with the right index; bad lines get error objects, good lines promises.
/// </summary>
public sealed class BulkCorpusTests : IAsyncLifetime
{
    private ErpBackedApi _api = null!;

    private HttpClient Client => _api.Client;

    public async Task InitializeAsync() => _api = await ErpBackedApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task BulkNdjson_HostileCorpusInterleavedWithGoodLines_OneAnswerPerLineInOrder()
    {
        var good = new HostileBody("good", Encoding.UTF8.GetBytes(SiteData.SimpleRequest));
        var lines = HostileCorpus.Generate().Where(b => b.IsSingleLine && b.ContentType == "application/json").SelectMany(b => new[] { good, b }).ToList();
        var body = new MemoryStream();
        foreach (var line in lines)
        {
            body.Write(line.Body);
            body.WriteByte((byte)'\n');
        }

        var answer = await Client.PostAsync("/otp/bulk-promise", body.ToArray(), "application/x-ndjson");

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        var output = answer.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Count == output.Length, $"seed {HostileCorpus.Seed}: {lines.Count} lines in, {output.Length} out");
        var violations = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var result = JsonNode.Parse(output[i])!.AsObject();
            if (result["index"]!.GetValue<int>() != i)
            {
                violations.Add($"line {i} answered with index {result["index"]}");
            }

            if (result["error"] is JsonObject error)
            {
                violations.AddRange(ProblemShape.Violations(error["status"]!.GetValue<int>(), error, lines[i].ExpectedErrorKey).Select(v => $"line {i} ({lines[i].Name}): {v}"));
            }
            else if (lines[i].ExpectedErrorKey is not null || !result.ContainsKey("status"))
            {
                violations.Add($"line {i} ({lines[i].Name}): expected an error, got {output[i][..Math.Min(200, output[i].Length)]}");
            }

            if (ReferenceEquals(lines[i], good) && result.ContainsKey("error"))
            {
                violations.Add($"good line {i} failed: {output[i]}");
            }
        }

        Assert.True(violations.Count == 0, $"seed {HostileCorpus.Seed}: " + string.Join("\n", violations.Take(15)));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAnswerAsync("/health/live")).Status);
    }

    [Fact]
    public async Task BulkJsonArray_WrongTypeElement_ErrorLineAtItsIndexAndTheRestAnswered()
    {
        var body = $"[{SiteData.SimpleRequest}, 42, {SiteData.SimpleRequest}]";

        var answer = await Client.PostAsync("/otp/bulk-promise", Encoding.UTF8.GetBytes(body), "application/json");

        var lines = answer.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal([0, 1, 2], lines.Select(l => l["index"]!.GetValue<int>()));
        Assert.Null(lines[0]["error"]);
        Assert.Equal(400, lines[1]["error"]!["status"]!.GetValue<int>());
        Assert.Null(lines[2]["error"]);
    }

    [Fact]
    public async Task BulkJsonArray_SyntaxErrorMidway_EndsWithOneErrorLineAtTheFailingIndex()
    {
        var body = $"[{SiteData.SimpleRequest}, {SiteData.SimpleRequest}, {{\"items\": [ , {SiteData.SimpleRequest}]";

        var answer = await Client.PostAsync("/otp/bulk-promise", Encoding.UTF8.GetBytes(body), "application/json");

        var lines = answer.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal([0, 1, 2], lines.Select(l => l["index"]!.GetValue<int>()));
        Assert.Null(lines[1]["error"]);
        Assert.Equal(400, lines[2]["error"]!["status"]!.GetValue<int>());
        Assert.Empty(ProblemShape.Violations(400, lines[2]["error"]!.AsObject(), null));
    }
}
