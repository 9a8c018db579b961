using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Promise.Core.Supply;
using Promise.ErpClient.Configuration;
using Promise.ErpClient.Health;
using Promise.ErpClient.Http.Wire;
using Promise.ErpClient.Observability;
using Promise.ErpClient.Supply;

namespace Promise.ErpClient.Http;

/// <summary>
/// The reads of erpnext-api.md mapped into Core records: Bins and open PO lines of a batch of items (in
/// parallel), item masters, and master data. Applies §8: optional-field fallback, de-duplication, and
/// client-side PO line filtering. ERPNext refusals leave as <see cref="ErpRejectedException"/>.
/// </summary>
internal sealed class ErpSupplyReader(
    ErpListReader reader,
    SiteFieldSet siteFields,
    SupplyHealthTracker health,
    IOptions<ErpOptions> options,
    ILogger<ErpSupplyReader> logger)
{
    private readonly ErpOptions _options = options.Value;

    /// <summary>Bins and PO lines of <paramref name="itemCodes"/>, grouped per item (case-insensitive); items without either get an empty entry.</summary>
    public async Task<Dictionary<string, StockEntry>> ReadStockAsync(IReadOnlyCollection<string> itemCodes, CancellationToken cancellationToken)
    {
        var binsTask = ReadBinsAsync(itemCodes, cancellationToken);
        var linesTask = ReadPurchaseOrderLinesAsync(itemCodes, cancellationToken);
        await Task.WhenAll(binsTask, linesTask).ConfigureAwait(false);
        var bins = (await binsTask).ToLookup(b => b.ItemCode, StringComparer.OrdinalIgnoreCase);
        var (poLines, poRead) = await linesTask;
        var lines = poLines.ToLookup(l => l.ItemCode, StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<string, StockEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in itemCodes)
        {
            result[code] = new StockEntry([.. bins[code]], [.. lines[code]], poRead);
        }

        return result;
    }

    public async Task<List<ItemRecord>> ReadItemsAsync(IReadOnlyCollection<string> itemCodes, CancellationToken cancellationToken)
    {
        var rows = await Guard("item", reader.ReadAllAsync(ErpQueries.Items(itemCodes), ErpJsonContext.Default.ListEnvelopeItemRow, cancellationToken));
        return rows.Where(r => r.Name is not null).Select(r => r.ToRecord()).ToList();
    }

    /// <summary>Item masters by name, up to <paramref name="maxItems"/> (paged; the start-up warm-up).</summary>
    public async Task<List<ItemRecord>> ReadAllItemsAsync(int maxItems, CancellationToken cancellationToken)
    {
        var rows = await Guard("item", reader.ReadAllAsync(ErpQueries.AllItems(), ErpJsonContext.Default.ListEnvelopeItemRow, cancellationToken, maxItems));
        return rows.Where(r => r.Name is not null).Select(r => r.ToRecord()).ToList();
    }

    public async Task<MasterData> ReadMasterDataAsync(CancellationToken cancellationToken)
    {
        var warehousesTask = WithOptionalFallbackAsync(
            "Warehouse",
            withOptional => reader.ReadAllAsync(ErpQueries.Warehouses(_options.Company, withOptional), ErpJsonContext.Default.ListEnvelopeWarehouseRow, cancellationToken));
        var companiesTask = Guard("company", reader.ReadAllAsync(ErpQueries.Companies(_options.Company), ErpJsonContext.Default.ListEnvelopeCompanyRow, cancellationToken));
        await Task.WhenAll(warehousesTask, companiesTask).ConfigureAwait(false);

        var companies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in await companiesTask)
        {
            if (row.Name is not null && !string.IsNullOrWhiteSpace(row.DefaultHolidayList))
            {
                companies.TryAdd(row.Name, row.DefaultHolidayList);
            }
        }

        var listNames = companies.Values.Concat(_options.HolidayLists).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var lists = await Task.WhenAll(listNames.Select(name => ReadHolidayListAsync(name, cancellationToken)));
        var available = lists.All(l => l.Available);
        health.SetHolidayListForbidden(!available);
        var warehouses = (await warehousesTask).Where(w => w.Name is not null).Select(w => w.ToRecord()).ToList();
        return new MasterData(warehouses, companies, [.. lists.Where(l => l.List is not null).Select(l => l.List!)], available);
    }

    private async Task<(HolidayList? List, bool Available)> ReadHolidayListAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var doc = await reader.ReadDocumentAsync("holiday_list", "Holiday List", name, ErpJsonContext.Default.DocEnvelopeHolidayListDoc, cancellationToken);
            return (doc.Data?.ToRecord(name), true);
        }
        catch (ErpHttpException e) when (e.StatusCode is 403 or 404)
        {
            // Only HR Managers may read holiday lists by default: promise with weekly-off rules instead of failing.
            Log.HolidayListRefused(logger, name, e.StatusCode);
            return (null, e.StatusCode == 404);
        }
        catch (ErpHttpException e)
        {
            throw e.ToRejected("holiday_list");
        }
    }

    private async Task<List<BinRecord>> ReadBinsAsync(IReadOnlyCollection<string> itemCodes, CancellationToken cancellationToken)
    {
        var rows = await WithOptionalFallbackAsync(
            "Bin",
            withOptional => reader.ReadAllAsync(ErpQueries.Bins(itemCodes, withOptional), ErpJsonContext.Default.ListEnvelopeBinRow, cancellationToken));
        var seen = new HashSet<(string, string)>();
        var bins = new List<BinRecord>(rows.Count);
        foreach (var row in rows)
        {
            // Paging while data changes can return a row twice (§8).
            if (row.ItemCode is not null && row.Warehouse is not null
                && seen.Add((row.ItemCode.ToUpperInvariant(), row.Warehouse.ToUpperInvariant())))
            {
                bins.Add(row.ToRecord());
            }
        }

        return bins;
    }

    /// <summary>A 403 (no read permission on Purchase Order) is not fatal: stock still promises, PO supply is "unknown" (promise-rules §6).</summary>
    private async Task<(List<PurchaseOrderLine> Lines, bool Read)> ReadPurchaseOrderLinesAsync(IReadOnlyCollection<string> itemCodes, CancellationToken cancellationToken)
    {
        List<PoLineRow> rows;
        try
        {
            rows = await reader.ReadAllAsync(ErpQueries.PurchaseOrderLines(itemCodes, _options.Company), ErpJsonContext.Default.ListEnvelopePoLineRow, cancellationToken);
        }
        catch (ErpHttpException e) when (e.StatusCode == 403)
        {
            Log.PurchaseOrdersRefused(logger, e.StatusCode);
            return ([], false);
        }
        catch (ErpHttpException e)
        {
            throw e.ToRejected("purchase_order");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lines = new List<PurchaseOrderLine>(rows.Count);
        foreach (var row in rows)
        {
            if (!ReadRules.IsOpenOrder(row.DocStatus ?? 1, row.Status)
                || !ReadRules.IsOpenLine(row.Qty, row.ReceivedQty, row.DeliveredBySupplier != 0)
                || (row.PoItem is not null && !seen.Add(row.PoItem)))
            {
                continue;
            }

            if (row.ToRecord() is { } line)
            {
                lines.Add(line);
            }
        }

        return (lines, true);
    }

    private async Task<List<T>> WithOptionalFallbackAsync<T>(string doctype, Func<bool, Task<List<T>>> read)
    {
        var withOptional = siteFields.SupportsOptional(doctype);
        try
        {
            return await read(withOptional);
        }
        catch (ErpHttpException e) when (withOptional && e.StatusCode == 417 && e.FieldNotPermitted)
        {
            // An older site (erpnext-api.md §8): drop the optional fields once and remember it.
            siteFields.MarkUnsupported(doctype);
            Log.OptionalFieldsDropped(logger, doctype);
            return await Guard(doctype, read(false));
        }
        catch (ErpHttpException e)
        {
            throw e.ToRejected(doctype);
        }
    }

    private static async Task<T> Guard<T>(string query, Task<T> task)
    {
        try
        {
            return await task;
        }
        catch (ErpHttpException e)
        {
            throw e.ToRejected(query);
        }
    }
}
