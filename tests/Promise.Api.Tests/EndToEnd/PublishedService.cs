using System.Globalization;
using Promise.Api.Tests.Infrastructure;
using Promise.Testing;

namespace Promise.Api.Tests.EndToEnd;

/// <summary>
/// One `dotnet publish` of Promise.Api, started as a real process on a loopback port against the standalone
/// fake ERPNext process and a real redis-server; shared by every test of <see cref="PublishedServiceTests"/>.
/// </summary>
public sealed class PublishedService : IAsyncLifetime
{
    public const string ApiKey = "e2e-api-key";
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _work = Directory.CreateTempSubdirectory("promise-e2e-").FullName;
    private readonly List<IAsyncDisposable> _owned = [];
    private ChildProcess _api = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string Log => _api.Output;

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot();
        var publishDir = Path.Combine(_work, "publish");
        var publish = await ChildProcess.RunAsync(
            "dotnet", ["publish", "-c", Configuration, "-o", publishDir, "src/Promise.Api", "-nodeReuse:false", "-p:UseSharedCompilation=false"], root, TimeSpan.FromMinutes(4));
        Assert.True(publish.ExitCode == 0, "dotnet publish failed:\n" + publish.Output);

        var redis = await RedisServer.StartAsync();
        _owned.Add(redis);

        var fixture = Path.Combine(_work, "fixture.json");
        await File.WriteAllTextAsync(fixture, Fixtures.WorkedExample);
        var erpPort = FreePort.Next();
        var erp = ChildProcess.Start(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "ErpNext.Fake.dll"), "--fixture", fixture, "--port", Text(erpPort),
             "--api-key", PromiseApiFactory.ErpApiKey, "--api-secret", PromiseApiFactory.ErpApiSecret],
            _work);
        _owned.Add(erp);
        await WaitUntilAsync(new Uri($"http://127.0.0.1:{Text(erpPort)}/api/method/ping"), erp, anyStatus: true);

        var port = FreePort.Next();
        BaseUrl = new Uri($"http://127.0.0.1:{Text(port)}/");
        _api = ChildProcess.Start("dotnet", [Path.Combine(publishDir, "Promise.Api.dll")], _work, new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = BaseUrl.ToString().TrimEnd('/'),
            ["Erp__BaseUrl"] = $"http://127.0.0.1:{Text(erpPort)}",
            ["Erp__ApiKey"] = PromiseApiFactory.ErpApiKey,
            ["Erp__ApiSecret"] = PromiseApiFactory.ErpApiSecret,
            ["Redis__Configuration"] = redis.ConnectionString,
            ["Auth__ApiKeys__0"] = ApiKey,
            ["Promise__Warehouses__0__Name"] = "Stores - AC",
            ["Promise__Warehouses__0__Priority"] = "10",
        });
        _owned.Add(_api);
        await WaitUntilAsync(new Uri(BaseUrl, "health/live"), _api, anyStatus: false);
        Client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by an exiting process: the temp folder is cleaned by the OS.
        }
    }

    private static async Task WaitUntilAsync(Uri url, ChildProcess process, bool anyStatus)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (true)
        {
            Assert.False(process.HasExited, $"{url} process exited:\n{process.Output}");
            try
            {
                using var response = await client.GetAsync(url);
                if (anyStatus || response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            Assert.True(DateTime.UtcNow < deadline, $"{url} did not come up:\n{process.Output}");
            await Task.Delay(100);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Promise.sln")))
            {
                return dir.FullName;
            }
        }

        // Built outside the tree (ArtifactsPath elsewhere): the source location of this project is known at build time.
        var fromSource = Path.GetFullPath(Path.Combine(ThisDirectory(), "..", "..", ".."));
        return File.Exists(Path.Combine(fromSource, "Promise.sln"))
            ? fromSource
            : throw new InvalidOperationException("Promise.sln not found above " + AppContext.BaseDirectory);
    }

    private static string ThisDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
