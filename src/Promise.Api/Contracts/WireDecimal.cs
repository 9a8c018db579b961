namespace Promise.Api.Contracts;

/// <summary>
/// Decimals as the wire writes them: without trailing-zero noise (<c>6</c>, not <c>6.0</c>; <c>2.5</c>, not
/// <c>2.50</c>). Quantities are exact decimals whose scale depends on how ERPNext and the caller wrote them.
/// Normalized when the answer is mapped, not by a converter: a context-wide converter would take every
/// answer off the source generator's fast path.
/// </summary>
internal static class WireDecimal
{
    // Dividing by 1 with 28 decimal places strips the trailing zeros of the scale, keeping the exact value.
    private const decimal Normalizer = 1.0000000000000000000000000000m;

    public static decimal Normalize(decimal value) => value.Scale == 0 ? value : value / Normalizer;
}
