namespace ErpNext.Fake.Controls;

/// <summary>Injected faults, each armed for a number of requests; the oldest matching one fires first.</summary>
internal sealed class FaultTable
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    public void Add(string doctype, FakeFault fault, int times)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        lock (_gate)
        {
            _entries.Add(new Entry(doctype, fault, times));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>The fault for this request, consuming one of its remaining uses; "*" matches any doctype.</summary>
    public FakeFault? Take(string? doctype)
    {
        lock (_gate)
        {
            var entry = _entries.Find(e => e.Matches(doctype));
            if (entry is null)
            {
                return null;
            }

            if (entry.Remaining != int.MaxValue && --entry.Remaining == 0)
            {
                _entries.Remove(entry);
            }

            return entry.Fault;
        }
    }

    private sealed class Entry(string doctype, FakeFault fault, int remaining)
    {
        public FakeFault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;

        public bool Matches(string? requestDoctype) =>
            doctype == "*" || string.Equals(doctype, requestDoctype, StringComparison.OrdinalIgnoreCase);
    }
}
