using System.Text.Json.Serialization;
using Promise.ErpClient.Http.Wire;

namespace Promise.ErpClient.Http;

/// <summary>Source-generated System.Text.Json metadata for every ERPNext wire DTO.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(ListEnvelope<BinRow>))]
[JsonSerializable(typeof(ListEnvelope<PoLineRow>))]
[JsonSerializable(typeof(ListEnvelope<ItemRow>))]
[JsonSerializable(typeof(ListEnvelope<WarehouseRow>))]
[JsonSerializable(typeof(ListEnvelope<CompanyRow>))]
[JsonSerializable(typeof(DocEnvelope<HolidayListDoc>))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(GetListBody))]
internal sealed partial class ErpJsonContext : JsonSerializerContext;
