namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// A UCUM unit rendered as a Prometheus base-unit name suffix, with the factor that turns a
/// measurement into that base unit (value * Multiplier / Divisor; dividing keeps 5 ms exactly 0.005 s).
/// </summary>
internal readonly record struct UnitConversion(string Suffix, double Multiplier, double Divisor)
{
    public static UnitConversion None { get; } = new(string.Empty, 1, 1);

    public bool IsIdentity => Multiplier == 1 && Divisor == 1;

    public double Apply(double value) => IsIdentity ? value : value * Multiplier / Divisor;
}
