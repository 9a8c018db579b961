namespace Promise.Api.Security;

/// <summary>
/// When a request reached the front of the pipeline (a <see cref="TimeProvider"/> timestamp) and how long work
/// was waiting in the thread pool's queue at that moment (what the request most likely waited before Kestrel
/// could parse it). Set by <see cref="RequestArrivalMiddleware"/>; read by <see cref="LoadSheddingFilter"/>.
/// </summary>
internal sealed record RequestArrival(long Timestamp, TimeSpan QueuedBefore);
