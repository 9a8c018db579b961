using System.Text.Json;
using Microsoft.Extensions.Options;
using Promise.Core.Supply;
using Promise.ErpClient.Configuration;
using Promise.ErpClient.Supply;

namespace Promise.ErpClient.Embedded;

/// <summary>
/// Embedded mode: the supply facade served from <c>Erp:FixtureFile</c> or the built-in demo data, loaded once.
/// <c>dataAsOf</c> is the load instant.
/// </summary>
internal sealed class EmbeddedSupplyProvider : ISupplyProvider
{
    private readonly SupplyData _data;
    private readonly Dictionary<string, ItemRecord> _items = new(StringComparer.OrdinalIgnoreCase);
    private readonly ILookup<string, BinRecord> _bins;
    private readonly ILookup<string, PurchaseOrderLine> _lines;
    private readonly DateTimeOffset _loadedAt;

    public EmbeddedSupplyProvider(IOptions<ErpOptions> options, TimeProvider timeProvider)
    {
        var erp = options.Value;
        _loadedAt = timeProvider.GetUtcNow();
        var json = string.IsNullOrWhiteSpace(erp.FixtureFile)
            ? DemoFixture.Build(DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime))
            : File.ReadAllText(erp.FixtureFile);
        try
        {
            _data = FixtureParser.Parse(json, erp.Company);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new InvalidOperationException($"Erp:FixtureFile is not a valid fixture ({e.GetType().Name}: {e.Message}).", e);
        }

        foreach (var item in _data.Items)
        {
            _items.TryAdd(item.ItemCode, item);
        }

        _bins = _data.Bins.ToLookup(b => b.ItemCode, StringComparer.OrdinalIgnoreCase);
        _lines = _data.PurchaseOrderLines.ToLookup(l => l.ItemCode, StringComparer.OrdinalIgnoreCase);
        Source = string.IsNullOrWhiteSpace(erp.FixtureFile) ? "embedded demo data" : "embedded fixture";
    }

    /// <summary>What the data is, for health (<c>embedded demo data</c> or <c>embedded fixture</c>).</summary>
    public string Source { get; }

    /// <summary>Every item code of the loaded data (for demos and tests).</summary>
    public IEnumerable<string> ItemCodes => _items.Keys;

    public ValueTask<SupplySnapshot> GetSnapshotAsync(IReadOnlyCollection<string> itemCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemCodes);
        var wanted = new HashSet<string>(itemCodes, StringComparer.OrdinalIgnoreCase);
        var items = new List<ItemRecord>(wanted.Count);
        var bins = new List<BinRecord>();
        var lines = new List<PurchaseOrderLine>();
        foreach (var code in wanted)
        {
            if (_items.TryGetValue(code, out var item))
            {
                items.Add(item);
            }

            bins.AddRange(_bins[code]);
            lines.AddRange(_lines[code]);
        }

        return ValueTask.FromResult(new SupplySnapshot(
            items, _data.Warehouses, bins, lines, _data.HolidayLists, _data.CompanyDefaultHolidayLists, SourceAvailability.All, _loadedAt));
    }
}
