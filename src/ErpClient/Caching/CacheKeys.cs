namespace Promise.ErpClient.Caching;

/// <summary>Cache kinds and key normalization: item codes match case-insensitively, as in ERPNext (erpnext-api.md §8).</summary>
internal static class CacheKeys
{
    public const string Stock = "stock";
    public const string Item = "item";
    public const string Master = "master";
    public const string MasterKey = "*";

    public static string Normalize(string itemCode) => itemCode.ToUpperInvariant();
}
