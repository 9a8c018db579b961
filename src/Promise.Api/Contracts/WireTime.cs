using System.Globalization;

namespace Promise.Api.Contracts;

/// <summary>Instants on the wire: UTC with a <c>Z</c>, whole seconds unless the value has a fraction.</summary>
internal static class WireTime
{
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
