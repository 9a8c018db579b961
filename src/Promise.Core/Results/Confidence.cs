namespace Promise.Core.Results;

/// <summary>How much the promise rests on supply that may move (promise-rules §6).</summary>
public enum Confidence
{
    /// <summary>At least 99 % from stock and nothing short.</summary>
    High,

    /// <summary>Neither high nor low.</summary>
    Medium,

    /// <summary>More than 10 % short, or far supply exceeds near supply.</summary>
    Low,
}
