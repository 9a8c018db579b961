using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Promise.Api.Errors;

/// <summary>Writes an <see cref="ApiProblem"/> as RFC 9457 problem+json, with <c>Retry-After</c> when it has one.</summary>
internal static class ApiProblemResults
{
    public static ProblemHttpResult ToResult(this ApiProblem problem, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(context);
        if (problem.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds(retryAfter);
        }

        var details = problem.Errors is { } errors
            ? new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
            : new ProblemDetails();
        details.Status = problem.Status;
        details.Title = problem.Title;
        details.Detail = problem.Detail;
        details.Type = TypeOf(problem.Status);
        return TypedResults.Problem(details);
    }

    /// <summary>Whole seconds, at least 1 (RFC 9110 delay-seconds).</summary>
    public static string RetryAfterSeconds(TimeSpan delay) =>
        Math.Max(1, (long)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static string TypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        StatusCodes.Status401Unauthorized => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        StatusCodes.Status413PayloadTooLarge => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        StatusCodes.Status415UnsupportedMediaType => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        StatusCodes.Status429TooManyRequests => "https://tools.ietf.org/html/rfc6585#section-4",
        StatusCodes.Status503ServiceUnavailable => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
    };
}
