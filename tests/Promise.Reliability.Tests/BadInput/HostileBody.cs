namespace Promise.Reliability.Tests.BadInput;

/// <summary>One generated request body: a name to report, the raw bytes, and the error key a 400 must name (when known).</summary>
public sealed record HostileBody(string Name, byte[] Body, string ContentType = "application/json", string? ExpectedErrorKey = null)
{
    /// <summary>Can be an NDJSON line: not blank and no line break inside.</summary>
    public bool IsSingleLine =>
        Body.Length > 0 && !Array.Exists(Body, b => b is (byte)'\n' or (byte)'\r') && Array.Exists(Body, b => b is not ((byte)' ' or (byte)'\t'));

    public override string ToString() => Name;
}
