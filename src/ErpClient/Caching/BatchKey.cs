namespace Promise.ErpClient.Caching;

/// <summary>A cache key (normalized), the spelling sent to ERPNext, and the generation the fetch started under.</summary>
internal readonly record struct BatchKey(string Key, string Spelling, long Generation);
