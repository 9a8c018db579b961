using System.Text.Json.Serialization;

namespace Promise.Api.Contracts;

/// <summary>
/// Source-generated JSON for every wire type: snake_case, strict numbers (a numeric string is not a number),
/// unknown members skipped, duplicate keys rejected. No context-wide converters: with one, System.Text.Json
/// writes every answer through its metadata-driven converters instead of the generated fast path
/// (<see cref="WireDecimal"/> normalizes decimals in <see cref="ResponseMapper"/> instead).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(PromiseRequestDto))]
[JsonSerializable(typeof(PromiseResponse))]
[JsonSerializable(typeof(BulkErrorLine))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(Health.HealthResponse))]
[JsonSerializable(typeof(Health.ProbeResponse))]
internal sealed partial class PromiseJsonContext : JsonSerializerContext;
