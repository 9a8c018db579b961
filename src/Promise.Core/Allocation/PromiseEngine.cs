using Promise.Core.Requests;
using Promise.Core.Results;
using Promise.Core.Rules;
using Promise.Core.Supply;

namespace Promise.Core.Allocation;

/// <summary>
/// The promise-date calculator (promise-rules.md). Built once from the service rules; thread-safe;
/// pure: the same snapshot, request and order instant always give the same result.
/// </summary>
public sealed class PromiseEngine
{
    /// <summary>Validates and compiles the rules.</summary>
    /// <exception cref="ArgumentException">A rule is invalid (e.g. a calendar without working days).</exception>
    public PromiseEngine(ServiceRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
    }

    /// <summary>The rules this engine applies.</summary>
    public ServiceRules Rules { get; }

    /// <summary>A quote: promises one order against the full snapshot and holds nothing afterwards.</summary>
    public PromiseResult Quote(SupplySnapshot snapshot, PromiseRequest request) =>
        throw new NotImplementedException("issue #2: allocation");

    /// <summary>Starts a <c>shared</c> bulk session in which answered orders consume supply (promise-rules §7).</summary>
    public AllocationSession StartSession() => new(this);
}
