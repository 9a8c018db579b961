using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Promise.Api.Configuration;

namespace Promise.Api.Security;

/// <summary>
/// Checks <c>X-Api-Key</c> against <c>Auth:ApiKeys</c> in constant time: both sides are hashed to 32 bytes
/// first, so neither the length nor a common prefix of a key leaks, and every key is compared every time.
/// </summary>
internal sealed class ApiKeyValidator
{
    public const string HeaderName = "X-Api-Key";

    private readonly byte[][] _keyHashes;

    public ApiKeyValidator(IOptions<AuthOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keyHashes = options.Value.ApiKeys
            .Where(k => !string.IsNullOrEmpty(k))
            .Select(k => SHA256.HashData(Encoding.UTF8.GetBytes(k)))
            .ToArray();
    }

    /// <summary>True when any key is configured (then <c>/otp/*</c> requires one).</summary>
    public bool Required => _keyHashes.Length > 0;

    /// <summary>A non-secret identity of a valid key (a prefix of its hash) for rate-limit partitions; null when invalid.</summary>
    public string? Identify(string? presented)
    {
        if (string.IsNullOrEmpty(presented) || !Required)
        {
            return null;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var match = -1;
        for (var i = 0; i < _keyHashes.Length; i++)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, _keyHashes[i]))
            {
                match = i;
            }
        }

        return match < 0 ? null : Convert.ToHexString(hash, 0, 8);
    }
}
