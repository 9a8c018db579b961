namespace Promise.Api.Streaming;

/// <summary>How a bulk batch allocates supply (query <c>allocation</c>).</summary>
internal enum AllocationMode
{
    /// <summary>Requests consume supply in input order: the batch never promises a unit twice (default).</summary>
    Shared,

    /// <summary>Each request sees the full supply (a quote per request).</summary>
    Independent,
}
