using System.Runtime.CompilerServices;
using Promise.Core.Calendar;
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
    private readonly CompiledRules _compiled;
    private readonly CalendarCache _calendars = new();
    private readonly ConditionalWeakTable<SupplySnapshot, SnapshotView> _views = new();
    private readonly ConditionalWeakTable<SupplySnapshot, SnapshotView>.CreateValueCallback _describe;

    /// <summary>Validates and compiles the rules.</summary>
    /// <exception cref="ArgumentException">A rule is invalid (e.g. a calendar without working days).</exception>
    public PromiseEngine(ServiceRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
        _compiled = new CompiledRules(rules);
        _describe = snapshot => new SnapshotView(snapshot, _compiled, _calendars);
    }

    /// <summary>The rules this engine applies.</summary>
    public ServiceRules Rules { get; }

    /// <summary>A quote: promises one order against the full snapshot and holds nothing afterwards.</summary>
    /// <exception cref="ArgumentException">The request names an unconfigured shipping method or a quantity &lt;= 0.</exception>
    public PromiseResult Quote(SupplySnapshot snapshot, PromiseRequest request)
    {
        var ledger = Scratch.Current.QuoteLedger;
        try
        {
            return Compute(snapshot, request, ledger);
        }
        finally
        {
            ledger.ClearOrder();
        }
    }

    /// <summary>Starts a <c>shared</c> bulk session in which answered orders consume supply (promise-rules §7).</summary>
    public AllocationSession StartSession() => new(this);

    /// <summary>Computes one order against the snapshot and the ledger; the order's consumption stays in the ledger.</summary>
    internal PromiseResult Compute(SupplySnapshot snapshot, PromiseRequest request, SupplyLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(request);
        foreach (var line in request.Lines)
        {
            if (line.Qty <= 0)
            {
                throw new ArgumentException($"Line {line.LineId}: qty must be greater than 0", nameof(request));
            }
        }

        var s = Scratch.Current;
        var ctx = s.Context;
        ctx.Init(_views.GetValue(snapshot, _describe), _compiled, _calendars, request, request.OrderInstant);
        s.BeginOrder(request.Lines.Count);
        OrderComputer.AllocateAll(ctx, s, ledger);
        var sum = OrderSummary.Of(s, request.Lines.Count);
        var orderBy = sum.Raw >= 0 && sum.HasStock ? OrderByFinder.Find(ctx, s, ledger, sum.Raw) : null;
        return ResultBuilder.Build(ctx, s, sum, orderBy);
    }
}
