namespace Promise.Api.Tests.Infrastructure;

/// <summary>Factories for tests that need no ERPNext, or one that is never called.</summary>
internal static class TestApps
{
    /// <summary>An ERPNext address nothing listens on: for tests that exercise the API without reading supply.</summary>
    public static readonly Uri UnusedErpNext = new("http://127.0.0.1:9/");

    /// <summary>Embedded demo data; a later setting of the same key wins.</summary>
    public static PromiseApiFactory Embedded(params (string Key, string? Value)[] settings)
    {
        var all = new Dictionary<string, string?>();
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new PromiseApiFactory(all);
    }

    public static PromiseApiFactory ErpNext(Uri baseUrl, params (string Key, string? Value)[] settings)
    {
        var all = PromiseApiFactory.ForErpNext(baseUrl);
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new PromiseApiFactory(all);
    }
}
