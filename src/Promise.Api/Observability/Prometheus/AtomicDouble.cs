namespace Promise.Api.Observability.Prometheus;

/// <summary>Lock-free addition to a double field (compare-and-swap on its bits, so NaN cannot spin).</summary>
internal static class AtomicDouble
{
    public static void Add(ref double location, double delta)
    {
        var current = Volatile.Read(ref location);
        while (true)
        {
            var seen = Interlocked.CompareExchange(ref location, current + delta, current);
            if (BitConverter.DoubleToInt64Bits(seen) == BitConverter.DoubleToInt64Bits(current))
            {
                return;
            }

            current = seen;
        }
    }
}
