namespace Promise.Api.Health;

/// <summary>The body of <c>/health/live</c> and <c>/health/ready</c>.</summary>
public sealed record ProbeResponse(string Status);
