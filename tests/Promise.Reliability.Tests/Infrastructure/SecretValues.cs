namespace Promise.Reliability.Tests.Infrastructure;

/// <summary>Distinctive secret values: any of them found in a log line, metric, health or error body is a leak.</summary>
public static class SecretValues
{
    public const string ErpApiKey = "rel-erp-key";
    public const string ErpApiSecret = "erp-secret-Vq81xZ3k";
    public const string WebhookSecret = "hook-secret-Pm47tLw2";
    public const string ClientApiKey = "client-key-Hs93nB6q";

    /// <summary>Every value that must never leave the process, with the name to report.</summary>
    public static IReadOnlyList<(string Name, string Value)> All { get; } =
    [
        ("Erp:ApiSecret", ErpApiSecret),
        ("Erp:WebhookSecret", WebhookSecret),
        ("Auth:ApiKeys:0", ClientApiKey),
    ];

    public static void AssertAbsent(string text, string where)
    {
        foreach (var (name, value) in All)
        {
            Assert.False(text.Contains(value, StringComparison.Ordinal), $"{name} leaked into {where}");
        }
    }
}
