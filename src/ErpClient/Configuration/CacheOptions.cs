namespace Promise.ErpClient.Configuration;

/// <summary>The <c>Cache:*</c> configuration section.</summary>
public sealed class CacheOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Cache";

    /// <summary><c>Cache:StockTtl</c>: freshness of Bin and PO data (default 30 s).</summary>
    public TimeSpan StockTtl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>Cache:MasterDataTtl</c>: freshness of items, warehouses and holiday lists (default 1 h).</summary>
    public TimeSpan MasterDataTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary><c>Cache:MaxStaleness</c>: oldest data served while ERPNext is down (default 10 min); older entries are never served.</summary>
    public TimeSpan MaxStaleness { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary><c>Cache:NegativeTtl</c>: how long an unknown item code is remembered as unknown (default 30 s).</summary>
    public TimeSpan NegativeTtl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>Cache:L1SizeLimit</c>: entries held in the in-process cache (default 100000).</summary>
    public long L1SizeLimit { get; set; } = 100_000;
}
