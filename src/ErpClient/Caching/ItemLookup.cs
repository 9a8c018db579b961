using Promise.Core.Supply;

namespace Promise.ErpClient.Caching;

/// <summary>A cached item master, or a negative entry (<see cref="Item"/> null) for an unknown code.</summary>
internal sealed record ItemLookup(ItemRecord? Item);
