using System.Runtime.CompilerServices;
using Promise.Core.Facts;

namespace Promise.Core.Allocation;

/// <summary>
/// Per-thread working buffers of the engine, reused across orders so a promise allocates little
/// more than its result. Never shared between threads; a computation never re-enters itself.
/// </summary>
internal sealed class Scratch
{
    [ThreadStatic]
    private static Scratch? t_current;

    public static Scratch Current => t_current ??= new Scratch();

    public OrderContext Context { get; } = new();

    /// <summary>Cutoff and midnight instants of recent orders (order_by candidates).</summary>
    public Calendar.InstantCache InstantCache { get; } = new();

    /// <summary>The order_by candidates of recent orders' view and days.</summary>
    public InstantTimeline Timeline { get; } = new();

    /// <summary>The ledger of a quote: only the order's own consumption.</summary>
    public SupplyLedger QuoteLedger { get; } = new(shared: false);

    public Alloc[] Allocs = new Alloc[32];

    public int AllocCount;

    public LineOutcome[] Lines = new LineOutcome[8];

    public Candidate[] Candidates = new Candidate[16];

    /// <summary>How many candidates the last gather left in <see cref="Candidates"/>.</summary>
    public int GatheredCandidates;

    /// <summary>How many stock candidates the last stock step considered (for <see cref="LineOutcome.Sensitivity"/>).</summary>
    public int StockCandidates;

    /// <summary>Each main-pass line's sorted stock candidates (warehouse indices), for <see cref="LineOutcome.StockOrderStart"/>.</summary>
    public int[] StockOrder = new int[32];

    public int StockOrderCount;

    /// <summary>Appends the last stock step's candidates (still in <see cref="Candidates"/>) to <see cref="StockOrder"/>; returns where they start.</summary>
    public int RecordStockOrder()
    {
        var start = StockOrderCount;
        if (start + StockCandidates > StockOrder.Length)
        {
            Array.Resize(ref StockOrder, Math.Max(start + StockCandidates, StockOrder.Length * 2));
        }

        for (var i = 0; i < StockCandidates; i++)
        {
            StockOrder[start + i] = Candidates[i].Warehouse;
        }

        StockOrderCount = start + StockCandidates;
        return start;
    }

    /// <summary>Each warehouse's pick day and local date at the order instant (valid for <see cref="ProbeTouched"/> warehouses).</summary>
    public int[] BasePick = new int[8];

    public int[] BaseLocal = new int[8];

    /// <summary>How many of <c>OrderContext.Touched</c> the main pass had read when order_by started.</summary>
    public int ProbeTouched;

    public int BaseOrderDay;

    /// <summary>Supply entries of the order's prepared lines.</summary>
    public SupplyEntry[] Supplies = new SupplyEntry[32];

    public int SupplyCount;

    public PreparedLine[] Prepared = new PreparedLine[8];

    /// <summary>An item's supply entries on their first use in a snapshot (see <c>LinePreparer.ItemEntries</c>).</summary>
    public SupplyEntry[] ItemBuffer = new SupplyEntry[8];

    /// <summary>Deficit netting seen by the current order's lines: (line, warehouse, qty), for reasons.</summary>
    public readonly List<(int Line, int Warehouse, decimal Qty)> Netting = [];

    /// <summary>Line being allocated in the main (fact-recording) pass; -1 in probes and hypotheticals.</summary>
    public int RecordingLine = -1;

    /// <summary>Instants for order_by (UTC ticks).</summary>
    public readonly List<long> Instants = [];

    /// <summary>Why each of <see cref="Instants"/> is a candidate (see <c>OrderByFinder</c>).</summary>
    public readonly List<long> InstantSources = [];

    public readonly List<long> StockCutoffs = [];

    public readonly List<PromiseFact> Reasons = [];

    public readonly List<PromiseFact> Blockers = [];

    public readonly List<PromiseOption> Options = [];

    public void BeginOrder(int lines)
    {
        AllocCount = 0;
        StockOrderCount = 0;
        if (SupplyCount > 0)
        {
            Array.Clear(Supplies, 0, SupplyCount);
            SupplyCount = 0;
        }
        Netting.Clear();
        Reasons.Clear();
        Blockers.Clear();
        Options.Clear();
        RecordingLine = -1;
        if (Lines.Length < lines)
        {
            Lines = new LineOutcome[Math.Max(lines, Lines.Length * 2)];
            Prepared = new PreparedLine[Lines.Length];
        }
    }

    public ref Alloc AddAlloc()
    {
        if (AllocCount == Allocs.Length)
        {
            Array.Resize(ref Allocs, Allocs.Length * 2);
        }

        return ref Allocs[AllocCount++];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref SupplyEntry AddSupply()
    {
        if (SupplyCount == Supplies.Length)
        {
            Array.Resize(ref Supplies, Supplies.Length * 2);
        }

        return ref Supplies[SupplyCount++];
    }

    public void EnsureCandidates(int count)
    {
        if (Candidates.Length < count)
        {
            Candidates = new Candidate[Math.Max(count, Candidates.Length * 2)];
        }
    }
}
