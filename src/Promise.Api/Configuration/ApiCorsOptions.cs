namespace Promise.Api.Configuration;

/// <summary><c>Cors:*</c>: browser origins allowed to call the API (embedded demo mode allows any).</summary>
internal sealed class ApiCorsOptions
{
    public const string SectionName = "Cors";

    /// <summary><c>Cors:AllowedOrigins:N</c>, e.g. <c>https://otp.example.com</c>.</summary>
    public IList<string> AllowedOrigins { get; } = [];
}
