using Promise.Api.Contracts;

namespace Promise.Api.Errors;

/// <summary>
/// An error answer before it is written: as problem+json for <c>/otp/promise</c>, or as the
/// <c>error</c> object of a bulk line. <see cref="RetryAfter"/> becomes a <c>Retry-After</c> header.
/// </summary>
internal sealed record ApiProblem(int Status, string Title, string Detail)
{
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public ErrorBody ToErrorBody() => new() { Status = Status, Title = Title, Detail = Detail, Errors = Errors };
}
