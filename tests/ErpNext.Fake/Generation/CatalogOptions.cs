namespace ErpNext.Fake.Generation;

/// <summary>
/// What to generate: <paramref name="Items"/> items (1..1,000,000), reproducible for a <paramref name="Seed"/>,
/// with every date relative to <paramref name="BaseDate"/> (think of it as "today" for the site).
/// </summary>
public sealed record CatalogOptions(int Items, int Seed, DateOnly BaseDate)
{
    public const int MaxItems = 1_000_000;

    internal void Validate()
    {
        if (Items is < 1 or > MaxItems)
        {
            throw new ArgumentException($"Invalid CatalogOptions: Items must be 1..{MaxItems}, was {Items}.");
        }
    }
}
