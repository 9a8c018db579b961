using Promise.Core.Rules;

namespace Promise.Api.Configuration;

/// <summary>The <c>Promise:*</c> section after reading: the calculator's rules, the API's limits, and what was broken.</summary>
internal sealed class PromiseRulesOptions
{
    public ServiceRules Rules { get; set; } = new();

    public PromiseLimits Limits { get; set; } = new();

    /// <summary>One message per broken key (names the key, never the value).</summary>
    public IReadOnlyList<string> Errors { get; set; } = [];
}
