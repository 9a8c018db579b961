using System.Collections.Concurrent;
using System.Collections.Immutable;
using ErpNext.Fake.Controls;
using ErpNext.Fake.Data;

namespace ErpNext.Fake;

/// <summary>Test and perf controls of a running fake: latency, faults, permissions, site version, data, credentials, request log.</summary>
public sealed class FakeErpNextControls
{
    private readonly ConcurrentDictionary<string, TimeSpan> _latency = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte> _forbidden = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ImmutableHashSet<string>> _unsupported = new(StringComparer.OrdinalIgnoreCase);
    private readonly FaultTable _faults = new();
    private readonly RequestLog _log = new();
    private volatile FixtureData _data;
    private volatile ApiCredentials _credentials;
    private int _requestSequence;

    internal FakeErpNextControls(FixtureData data, ApiCredentials credentials)
    {
        _data = data;
        _credentials = credentials;
    }

    /// <summary>A snapshot copy of the requests received so far.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    internal FixtureData Data => _data;

    internal ApiCredentials Credentials => _credentials;

    /// <summary>Delay before answering requests for <paramref name="doctype"/> ("*" = every doctype; the larger applies).</summary>
    public void SetLatency(string doctype, TimeSpan latency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(latency, TimeSpan.Zero);
        _latency[doctype] = latency;
    }

    /// <summary>Answer the next <paramref name="times"/> requests for <paramref name="doctype"/> ("*" = any) with <paramref name="fault"/>.</summary>
    public void InjectFault(string doctype, FakeFault fault, int times = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(fault);
        _faults.Add(doctype, fault, times);
    }

    public void ClearFaults() => _faults.Clear();

    /// <summary>The API user loses read permission on <paramref name="doctype"/>: 403 PermissionError.</summary>
    public void Forbid(string doctype) => _forbidden[doctype] = 0;

    public void Allow(string doctype) => _forbidden.TryRemove(doctype, out _);

    /// <summary>Simulates an older site without these columns: requesting them is a 417 "Field not permitted in query".</summary>
    public void SetUnsupportedFields(string doctype, params string[] fields) =>
        _unsupported[doctype] = [.. fields];

    /// <summary>Swaps the whole site's data; requests already running finish on the old data.</summary>
    public void ReplaceFixture(string fixtureJson) => _data = FixtureLoader.Load(fixtureJson);

    /// <summary>From now on only this key pair authenticates; the old one gets 401.</summary>
    public void RotateCredentials(string apiKey, string apiSecret) => _credentials = new ApiCredentials(apiKey, apiSecret);

    /// <summary>Requests for <paramref name="doctype"/>: list, single document and get_list.</summary>
    public int CountRequests(string doctype) => _log.Count(doctype);

    public void ResetRequests() => _log.Clear();

    /// <summary>Clears faults, latency, forbidden doctypes, unsupported fields and the request log (data and credentials stay).</summary>
    public void Reset()
    {
        _faults.Clear();
        _latency.Clear();
        _forbidden.Clear();
        _unsupported.Clear();
        _log.Clear();
    }

    internal TimeSpan LatencyFor(string? doctype)
    {
        var any = _latency.GetValueOrDefault("*");
        var own = doctype is null ? TimeSpan.Zero : _latency.GetValueOrDefault(doctype);
        return any > own ? any : own;
    }

    internal FakeFault? TakeFault(string? doctype) => _faults.Take(doctype);

    internal bool IsForbidden(string doctype) => _forbidden.ContainsKey(doctype);

    internal bool IsUnsupported(string doctype, string field) =>
        _unsupported.TryGetValue(doctype, out var fields) && fields.Contains(field);

    internal void Record(RecordedRequest request) => _log.Add(request);

    /// <summary>Seeds the order of unordered results: differs for every request, reproducible for a request sequence.</summary>
    internal int NextRequestSequence() => Interlocked.Increment(ref _requestSequence);
}
