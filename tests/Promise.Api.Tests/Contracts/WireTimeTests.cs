using System.Globalization;
using Promise.Api.Contracts;

namespace Promise.Api.Tests.Contracts;

public class WireTimeTests
{
    private const string ContractFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    [Theory]
    [InlineData("2026-12-21T14:00:00+00:00", "2026-12-21T14:00:00Z")]
    [InlineData("2026-12-21T15:00:00+01:00", "2026-12-21T14:00:00Z")]
    [InlineData("2026-12-21T14:00:00.5+00:00", "2026-12-21T14:00:00.5Z")]
    [InlineData("2026-12-21T14:00:00.1234567+00:00", "2026-12-21T14:00:00.1234567Z")]
    [InlineData("2026-12-21T14:00:00.0000001+00:00", "2026-12-21T14:00:00.0000001Z")]
    [InlineData("2026-12-21T14:00:00.1000000+00:00", "2026-12-21T14:00:00.1Z")]
    [InlineData("0001-01-01T00:00:00+00:00", "0001-01-01T00:00:00Z")]
    public void Format_WritesUtcWithoutTrailingFractionZeros(string instant, string expected)
    {
        Assert.Equal(expected, WireTime.Format(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(2026)]
    public void Format_MatchesTheContractFormat_ForRandomInstants(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 2_000; i++)
        {
            var ticks = random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay);
            // Every other instant on a whole second or millisecond, the common cases.
            ticks -= (i % 3) switch { 0 => ticks % TimeSpan.TicksPerSecond, 1 => ticks % TimeSpan.TicksPerMillisecond, _ => 0 };
            var instant = new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(random.Next(-12, 14) * 60));

            var expected = instant.UtcDateTime.ToString(ContractFormat, CultureInfo.InvariantCulture);

            Assert.True(expected == WireTime.Format(instant), $"seed {seed}, instant {instant:O}: expected {expected}");
            Assert.Equal(expected, WireTime.Format(instant)); // the cached answer for a repeated instant
        }
    }
}
