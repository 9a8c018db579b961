using System.Collections.Concurrent;
using System.Net;
using Promise.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Promise.Reliability.Tests.BadInput;

/// <summary>Every body of the hostile corpus against <c>POST /otp/promise</c>: never a 5xx, always a well-formed problem.</summary>
public sealed class PromiseCorpusTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ErpBackedApi _api = null!;

    private HttpClient Client => _api.Client;

    public async Task InitializeAsync() => _api = await ErpBackedApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public void Corpus_IsLargeAndReproducible()
    {
        var corpus = HostileCorpus.Generate();

        output.WriteLine($"seed {HostileCorpus.Seed}: {corpus.Count} bodies, {corpus.Count - HostileCorpus.RandomCount} fixed, "
            + $"{corpus.Count(b => b.ExpectedErrorKey is not null)} with an expected error key, {corpus.Count(b => b.IsSingleLine && b.ContentType == "application/json")} usable as NDJSON lines");
        Assert.True(corpus.Count >= 1000, $"only {corpus.Count} bodies");
        Assert.Equal(corpus.Select(b => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(b.Body))),
            HostileCorpus.Generate().Select(b => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(b.Body))));
    }

    [Fact]
    public async Task Promise_HostileCorpus_NeverFailsServerSideAndExplainsEveryRejection()
    {
        var corpus = HostileCorpus.Generate();
        var violations = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();

        await Parallel.ForEachAsync(corpus, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (body, _) =>
        {
            var answer = await Client.PostAsync("/otp/promise", body.Body, body.ContentType);
            statuses.AddOrUpdate((int)answer.Status, 1, (_, n) => n + 1);

            var problems = (int)answer.Status < 400
                ? (answer.Json.ContainsKey("status") ? [] : ["200 without a promise"])
                : answer.IsProblem
                    ? ProblemShape.Violations((int)answer.Status, answer.Json, body.ExpectedErrorKey).ToList()
                    : [$"{(int)answer.Status} is not problem+json ({answer.MediaType})"];
            foreach (var problem in problems)
            {
                violations.Enqueue($"{body.Name} [{HostileCorpus.Describe(body.Body)}]: {problem}; answer {answer}");
            }
        });

        Assert.True(
            violations.IsEmpty,
            $"seed {HostileCorpus.Seed}: {violations.Count} violations over {corpus.Count} bodies, first ones:\n" + string.Join("\n", violations.Take(15)) + "\n" + _api.App.Logs.Problems[..Math.Min(_api.App.Logs.Problems.Length, 4000)]);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAnswerAsync("/health/live")).Status);
        var stillServing = await Client.PromiseAsync(SiteData.SimpleRequest);
        Assert.True(stillServing.Status == HttpStatusCode.OK, stillServing.ToString());
        output.WriteLine("statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} x {s.Value}")));
        Assert.True(statuses.GetValueOrDefault(400) > corpus.Count / 2, "most of the corpus must be rejected as 400: " + string.Join(", ", statuses));
    }
}
