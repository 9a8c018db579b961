using System.ComponentModel.DataAnnotations;

namespace Promise.Api.Configuration;

/// <summary>
/// <c>Api:RateLimit:*</c>: a token bucket per client (its API key, else its remote IP) on <c>/otp/*</c>.
/// Off while <see cref="PermitsPerSecond"/> is 0 (the default): load shedding still protects the instance.
/// </summary>
internal sealed class RateLimitOptions
{
    /// <summary><c>Api:RateLimit:PermitsPerSecond</c>: sustained requests per second per client (0 = off).</summary>
    [Range(0, 1_000_000)]
    public int PermitsPerSecond { get; set; }

    /// <summary><c>Api:RateLimit:Burst</c>: bucket size, the burst a client may send at once (0 = 2 × PermitsPerSecond).</summary>
    [Range(0, 10_000_000)]
    public int Burst { get; set; }

    public bool Enabled => PermitsPerSecond > 0;

    public int EffectiveBurst => Burst > 0 ? Burst : checked(2 * PermitsPerSecond);
}
