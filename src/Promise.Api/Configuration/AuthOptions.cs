namespace Promise.Api.Configuration;

/// <summary><c>Auth:*</c>: API keys for <c>/otp/*</c>. Secrets: never logged.</summary>
internal sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary><c>Auth:ApiKeys:N</c>: when any is set, <c>/otp/*</c> requires <c>X-Api-Key</c> with one of them.</summary>
    public IList<string> ApiKeys { get; } = [];
}
