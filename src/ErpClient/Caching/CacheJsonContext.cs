using System.Text.Json.Serialization;
using Promise.ErpClient.Supply;

namespace Promise.ErpClient.Caching;

/// <summary>Source-generated JSON for L2 entries; nulls are omitted to keep them small.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CacheEnvelope<StockEntry>))]
[JsonSerializable(typeof(CacheEnvelope<ItemLookup>))]
[JsonSerializable(typeof(CacheEnvelope<MasterData>))]
[JsonSerializable(typeof(InvalidationMessage))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
