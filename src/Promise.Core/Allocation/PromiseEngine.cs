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
    private readonly SnapshotView?[] _views = new SnapshotView?[4];
    private readonly bool _exhaustiveOrderBy;
    private int _nextView;

    /// <summary>Validates and compiles the rules.</summary>
    /// <exception cref="ArgumentException">A rule is invalid (e.g. a calendar without working days).</exception>
    public PromiseEngine(ServiceRules rules)
        : this(rules, exhaustiveOrderBy: false)
    {
    }

    /// <param name="rules">The service rules.</param>
    /// <param name="exhaustiveOrderBy">Re-run every line at every order_by probe: the reference for tests.</param>
    internal PromiseEngine(ServiceRules rules, bool exhaustiveOrderBy)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
        _compiled = new CompiledRules(rules);
        _exhaustiveOrderBy = exhaustiveOrderBy;
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
        // Indexed: a foreach over IReadOnlyList boxes an enumerator per order.
        var lines = request.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Qty <= 0)
            {
                throw new ArgumentException($"Line {line.LineId}: qty must be greater than 0", nameof(request));
            }
        }

        var s = Scratch.Current;
        var ctx = s.Context;
        ctx.Init(snapshot, ViewOf(snapshot), _compiled, _calendars, request, request.OrderInstant);
        s.BeginOrder(request.Lines.Count);
        ledger.Use(snapshot);
        OrderComputer.AllocateAll(ctx, s, ledger);
        var sum = OrderSummary.Of(s, request.Lines.Count);
        var orderBy = sum.Raw >= 0 && sum.HasStock ? OrderByFinder.Find(ctx, s, ledger, sum.Raw, _exhaustiveOrderBy) : null;
        return ResultBuilder.Build(ctx, s, sum, orderBy);
    }

    /// <summary>
    /// The warehouse view of a snapshot: one of the few recent views when the snapshot shares their
    /// records (the supply provider builds a snapshot per request from shared records), else a new one.
    /// </summary>
    private SnapshotView ViewOf(SupplySnapshot snapshot)
    {
        for (var i = 0; i < _views.Length; i++)
        {
            var view = Volatile.Read(ref _views[i]);
            if (view is not null && (ReferenceEquals(view.LastSnapshot, snapshot) || view.Matches(snapshot)))
            {
                view.LastSnapshot = snapshot;
                return view;
            }
        }

        var created = new SnapshotView(snapshot, _compiled, _calendars);
        var slot = (int)(unchecked((uint)Interlocked.Increment(ref _nextView)) % (uint)_views.Length);
        Volatile.Write(ref _views[slot], created);
        return created;
    }
}
