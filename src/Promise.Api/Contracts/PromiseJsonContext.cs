using System.Text.Json.Serialization;

namespace Promise.Api.Contracts;

/// <summary>
/// Source-generated JSON for every wire type: snake_case, strict numbers (a numeric string is not a number),
/// unknown members skipped, duplicate keys rejected, decimals written without trailing zeros.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    AllowDuplicateProperties = false,
    Converters = [typeof(NormalizedDecimalConverter)])]
[JsonSerializable(typeof(PromiseRequestDto))]
[JsonSerializable(typeof(PromiseResponse))]
[JsonSerializable(typeof(BulkErrorLine))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(Health.HealthResponse))]
[JsonSerializable(typeof(Health.ProbeResponse))]
internal sealed partial class PromiseJsonContext : JsonSerializerContext;
