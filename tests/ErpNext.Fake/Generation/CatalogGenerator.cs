using System.Text;

namespace ErpNext.Fake.Generation;

/// <summary>
/// A seeded, deterministic ERPNext site in the fixture format: a company, a warehouse tree (group, transit,
/// work-in-progress, rejected, disabled), items, Bins (some over-reserved), purchase orders in every status
/// and a holiday list with weekly offs materialised. The same options always give the same bytes.
/// </summary>
public static class CatalogGenerator
{
    public static string Generate(CatalogOptions options)
    {
        using var stream = new MemoryStream();
        Write(options, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static void Write(CatalogOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        options.Validate();
        var random = new Random(options.Seed);
        var items = ItemFactory.Create(options, random);
        var orders = OrderFactory.Create(options, items, random);
        var bins = BinFactory.Create(options, items, orders, random);
        CatalogWriter.Write(output, options, items, bins, orders);
    }
}
