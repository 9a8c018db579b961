using System.Diagnostics;

namespace Promise.Reliability.Tests.Infrastructure;

/// <summary>Bounded polling for states that settle asynchronously (background refreshes, reconnections).</summary>
public static class Eventually
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan within, string what)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(done);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (clock.Elapsed > within)
            {
                Assert.Fail($"{what}: not reached within {within.TotalSeconds:0.#} s; last value: {value}");
            }

            await Task.Delay(50);
        }
    }
}
