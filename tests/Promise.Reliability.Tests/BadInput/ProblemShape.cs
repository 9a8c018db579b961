using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Promise.Reliability.Tests.BadInput;

/// <summary>What every error answer must look like, as a list of violations (empty = fine).</summary>
public static partial class ProblemShape
{
    /// <summary>
    /// Checks an error object (problem+json body or a bulk line's <c>error</c>): status below 500, a non-empty
    /// <c>detail</c>, for 400 an <c>errors</c> map of JSON paths to messages naming <paramref name="expectedKey"/>
    /// (or a path under it), and no stack trace.
    /// </summary>
    public static IEnumerable<string> Violations(int status, JsonObject? error, string? expectedKey)
    {
        if (status >= 500)
        {
            yield return $"status {status}";
        }

        if (error is null)
        {
            yield return "no error object";
            yield break;
        }

        if (error["detail"] is not JsonValue detail || string.IsNullOrWhiteSpace(detail.GetValue<string>()))
        {
            yield return "no detail";
        }

        var text = error.ToJsonString();
        if (text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal))
        {
            yield return "stack trace or exception name in the body";
        }

        if (status != 400)
        {
            yield break;
        }

        if (error["errors"] is not JsonObject errors || errors.Count == 0)
        {
            yield return "400 without errors";
            yield break;
        }

        foreach (var (key, messages) in errors)
        {
            if (!PathPattern().IsMatch(key))
            {
                yield return $"error key '{key}' is not a JSON path";
            }

            if (messages is not JsonArray { Count: > 0 } list || list.Any(m => string.IsNullOrWhiteSpace(m?.GetValue<string>())))
            {
                yield return $"error '{key}' has no message";
            }
        }

        if (expectedKey is not null && !errors.Any(e => e.Key == expectedKey
            || e.Key.StartsWith(expectedKey + "[", StringComparison.Ordinal)
            || e.Key.StartsWith(expectedKey + ".", StringComparison.Ordinal)))
        {
            yield return $"errors do not name {expectedKey}: {string.Join(", ", errors.Select(e => e.Key))}";
        }
    }

    [GeneratedRegex(@"^(\$|[a-z_]+(\[\d+\])?(\.[a-z_]+(\[\d+\])?)*)$")]
    private static partial Regex PathPattern();
}
