using System.Runtime.CompilerServices;
using Promise.Core.Supply;

namespace Promise.Core.Allocation;

/// <summary>
/// Supply consumed so far: the current order's allocations (a short list compared by record
/// reference, all from one snapshot) on top of what earlier orders of a shared session committed
/// (keyed by (item, warehouse) and (PO name, idx), case-insensitively, so later calls may pass
/// snapshots of other item windows). A quote has no committed part.
/// </summary>
internal sealed class SupplyLedger
{
    private readonly Dictionary<(string Item, string Warehouse), Consumed>? _stock;
    private readonly Dictionary<(string Po, int Idx), Consumed>? _purchaseOrders;

    // The same records come back order after order (providers share them across snapshots): a
    // reference-keyed map skips hashing two names per lookup. It only points at the name-keyed totals.
    private readonly Dictionary<object, Consumed>? _byRecord;

    // And within one snapshot (a bulk window), by the records' dense slot numbers (an array index): the
    // session total, and the record's free quantity left for the next order, kept up to date by Commit so
    // that preparing a line does no decimal arithmetic.
    private SupplySnapshot? _slotsOf;
    private SlotState[] _slots = [];
    private int _slotsUsed;

    private (object Record, int Slot, decimal Qty)[] _entries = new (object, int, decimal)[16];
    private int _count;
    private int _from;

    /// <param name="shared">True for a session that commits across orders.</param>
    public SupplyLedger(bool shared)
    {
        if (shared)
        {
            _stock = new Dictionary<(string, string), Consumed>(PairComparer.Instance);
            _purchaseOrders = new Dictionary<(string, int), Consumed>(PoKeyComparer.Instance);
            _byRecord = new Dictionary<object, Consumed>(ReferenceEqualityComparer.Instance);
        }
    }

    /// <summary>
    /// Called before an order is computed against <paramref name="snapshot"/>: slot numbers passed to
    /// <see cref="FreeLeft"/>, <see cref="Take"/> and <see cref="Commit"/> are that snapshot's
    /// (<c>ItemSupply.SlotBase</c>). A new snapshot forgets the previous one's slots, not the totals.
    /// </summary>
    public void Use(SupplySnapshot snapshot)
    {
        if (_byRecord is null || ReferenceEquals(snapshot, _slotsOf))
        {
            return;
        }

        Array.Clear(_slots, 0, _slotsUsed);
        if (_slots.Length < snapshot.RecordSlots)
        {
            _slots = new SlotState[Math.Max(snapshot.RecordSlots, _slots.Length * 2)];
        }

        _slotsUsed = snapshot.RecordSlots;
        _slotsOf = snapshot;
    }

    /// <summary>The current end of the order's entries.</summary>
    public int Mark => _count;

    /// <summary>Drops entries after <paramref name="mark"/> (a probe or a hypothetical is over).</summary>
    public void Rewind(int mark) => _count = mark;

    /// <summary>
    /// Starts a probe that must see the supply as it was before the current order: entries from here on
    /// are the probe's own; returns the mark to pass to <see cref="EndProbe"/>.
    /// </summary>
    public int BeginProbe()
    {
        _from = _count;
        return _count;
    }

    public void EndProbe(int mark)
    {
        _count = mark;
        _from = 0;
    }

    /// <summary>Forgets the current order.</summary>
    public void ClearOrder()
    {
        Array.Clear(_entries, 0, _count);
        _count = 0;
        _from = 0;
    }

    /// <summary>The current order takes <paramref name="qty"/> from a Bin or PO line (slot: its number in the snapshot).</summary>
    public void Take(object record, int slot, decimal qty)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[_count++] = (record, slot, qty);
    }

    /// <summary>Whether earlier orders can have committed anything (a shared session).</summary>
    public bool Shared => _byRecord is not null;

    /// <summary>
    /// A shared session: the free quantity of a Bin or PO line (slot: its number in the snapshot) left by
    /// earlier orders, given <paramref name="free"/>, its free quantity before any of them (the snapshot's,
    /// the same for every order of this snapshot); false when nothing is left.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool FreeLeft(int slot, object record, decimal free, out decimal left)
    {
        ref var state = ref _slots[slot];
        if (!state.Known)
        {
            Learn(ref state, record, free);
        }

        left = state.Free;
        return state.Positive;
    }

    /// <summary>Makes the current order's consumption permanent (shared sessions) and forgets the order.</summary>
    public void Commit()
    {
        if (_byRecord is not null)
        {
            for (var i = 0; i < _count; i++)
            {
                ref var state = ref _slots[_entries[i].Slot];
                var qty = _entries[i].Qty;
                (state.Total ??= TotalOf(_entries[i].Record)).Qty += qty;
                if (state.Known)
                {
                    state.Free -= qty;
                    state.Positive = state.Free > 0;
                }
            }
        }

        ClearOrder();
    }

    /// <summary>A slot's first use in this snapshot: what earlier orders left of <paramref name="free"/>.</summary>
    private void Learn(ref SlotState state, object record, decimal free)
    {
        var total = state.Total ??= TotalOf(record);
        state.Free = total.Qty == 0m ? free : free - total.Qty;
        state.Positive = state.Free > 0;
        state.Known = true;
    }

    /// <summary>The session total of a record, found by reference, else by its case-insensitive key (created empty).</summary>
    private Consumed TotalOf(object record)
    {
        if (_byRecord!.TryGetValue(record, out var total))
        {
            return total;
        }

        if (record is BinRecord bin)
        {
            var key = (bin.ItemCode, bin.Warehouse);
            if (!_stock!.TryGetValue(key, out total))
            {
                _stock[key] = total = new Consumed();
            }
        }
        else
        {
            var line = (PurchaseOrderLine)record;
            var key = (line.PoName, line.Idx);
            if (!_purchaseOrders!.TryGetValue(key, out total))
            {
                _purchaseOrders[key] = total = new Consumed();
            }
        }

        // New record instances per refresh must not grow a long batch's memory: the map is only a shortcut
        // to the totals, so it is dropped whenever it outgrows them.
        if (_byRecord.Count >= (2 * (_stock!.Count + _purchaseOrders!.Count)) + 4096)
        {
            _byRecord.Clear();
        }

        _byRecord[record] = total;
        return total;
    }

    /// <summary>What the current order (or probe) took from this record so far; false (and 0) when nothing.</summary>
    public bool TryLocal(object record, out decimal used)
    {
        used = 0m;
        var found = false;
        for (var i = _from; i < _count; i++)
        {
            if (ReferenceEquals(_entries[i].Record, record))
            {
                used = found ? used + _entries[i].Qty : _entries[i].Qty;
                found = true;
            }
        }

        return found;
    }

    private sealed class PairComparer : IEqualityComparer<(string, string)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((string, string) x, (string, string) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Item1, y.Item1) && StringComparer.OrdinalIgnoreCase.Equals(x.Item2, y.Item2);

        public int GetHashCode((string, string) obj) => HashCode.Combine(
            StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item1), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item2));
    }

    private sealed class PoKeyComparer : IEqualityComparer<(string, int)>
    {
        public static readonly PoKeyComparer Instance = new();

        public bool Equals((string, int) x, (string, int) y) =>
            x.Item2 == y.Item2 && StringComparer.OrdinalIgnoreCase.Equals(x.Item1, y.Item1);

        public int GetHashCode((string, int) obj) => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item1), obj.Item2);
    }

    private sealed class Consumed
    {
        public decimal Qty;
    }

    private struct SlotState
    {
        public Consumed? Total;

        /// <summary>Free quantity left for the next order (valid when <see cref="Known"/>).</summary>
        public decimal Free;

        public bool Positive;

        public bool Known;
    }
}
