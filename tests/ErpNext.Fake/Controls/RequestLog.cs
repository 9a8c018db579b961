using System.Collections.Concurrent;

namespace ErpNext.Fake.Controls;

/// <summary>
/// The <c>/api</c> requests received, in arrival order. Keeps the most recent <see cref="Capacity"/> requests
/// (a perf run sends millions) while the per-doctype counts stay exact.
/// </summary>
internal sealed class RequestLog
{
    public const int Capacity = 100_000;

    private readonly Lock _gate = new();
    private readonly Queue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);

    public void Add(RecordedRequest request)
    {
        if (request.Doctype is { } doctype)
        {
            _counts.AddOrUpdate(doctype, 1, (_, count) => count + 1);
        }

        lock (_gate)
        {
            _requests.Enqueue(request);
            if (_requests.Count > Capacity)
            {
                _requests.Dequeue();
            }
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests];
        }
    }

    public int Count(string doctype) => _counts.GetValueOrDefault(doctype);

    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
            _counts.Clear();
        }
    }
}
