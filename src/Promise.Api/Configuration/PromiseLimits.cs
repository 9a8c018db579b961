namespace Promise.Api.Configuration;

/// <summary>Request limits from <c>Promise:*</c> that the API enforces (the calculator does not need them).</summary>
/// <param name="MaxLinesPerOrder">Maximum <c>items</c> per request (<c>Promise:MaxLinesPerOrder</c>, default 500).</param>
internal sealed record PromiseLimits(int MaxLinesPerOrder = PromiseLimits.DefaultMaxLinesPerOrder)
{
    public const int DefaultMaxLinesPerOrder = 500;
}
