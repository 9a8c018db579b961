using System.Security.Cryptography;
using System.Text;
using ErpNext.Fake.Controls;
using ErpNext.Fake.Frappe;
using Microsoft.Net.Http.Headers;

namespace ErpNext.Fake.Http;

/// <summary>API-key authentication: <c>token key:secret</c> or <c>Basic base64(key:secret)</c>; no header = Guest.</summary>
internal static class FrappeAuth
{
    /// <summary>True for an authenticated API user, false for Guest; a wrong or malformed header is a 401.</summary>
    public static bool Authenticate(HttpRequest request, ApiCredentials credentials)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        var space = header.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space < 0 ? header : header[..space];
        var value = space < 0 ? string.Empty : header[(space + 1)..].Trim();
        var pair = scheme.ToLowerInvariant() switch
        {
            "token" => value,
            "basic" => DecodeBasic(value),
            _ => null,
        };
        if (pair is null || !Matches(pair, credentials))
        {
            throw new FrappeException(401, "AuthenticationError", null);
        }

        return true;
    }

    private static string? DecodeBasic(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool Matches(string pair, ApiCredentials credentials)
    {
        var expected = Encoding.UTF8.GetBytes($"{credentials.Key}:{credentials.Secret}");
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(pair), expected);
    }
}
