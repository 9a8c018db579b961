using Promise.Api.Contracts;
using Promise.Api.Errors;

namespace Promise.Api.Streaming;

/// <summary>One request read from a bulk body: its 0-based index and either the parsed DTO or why it could not be read.</summary>
/// <param name="Index">Position in the batch (blank NDJSON lines are not counted).</param>
/// <param name="Request">The parsed request, or null when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">Why the request could not be read.</param>
/// <param name="EndsStream">True when reading cannot go on after this item (a JSON-array syntax error).</param>
internal sealed record BulkItem(int Index, PromiseRequestDto? Request, ApiProblem? Problem, bool EndsStream = false)
{
    public static BulkItem Parse(int index, System.Buffers.ReadOnlySequence<byte> json) =>
        Validation.RequestParser.TryParse(json, out var dto, out var problem)
            ? new BulkItem(index, dto, null)
            : new BulkItem(index, null, problem);
}
