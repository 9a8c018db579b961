namespace Promise.Api.Contracts;

/// <summary>A bulk answer line for a request that got an error: <c>{"index": 3, "error": {...}}</c>.</summary>
public sealed record BulkErrorLine(int Index, ErrorBody Error);
