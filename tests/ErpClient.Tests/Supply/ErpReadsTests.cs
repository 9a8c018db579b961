using System.Net;
using System.Text.Json.Nodes;
using Promise.ErpClient.Tests.Support;

namespace Promise.ErpClient.Tests.Supply;

public sealed class ErpReadsTests
{
    [Fact]
    public async Task GetSnapshot_MoreRowsThanAPage_PagesUntilAShortPageWithDeterministicOrder()
    {
        await using var erp = new ErpHarness(new() { ["Erp:PageSize"] = "10" });
        erp.Stub.Seed(binCount: 23);

        var snapshot = await erp.SnapshotAsync("SKU-1");

        Assert.Equal(23, snapshot.BinsOf("SKU-1").Count);
        var binCalls = erp.Stub.Calls.Where(c => c.Doctype == "Bin").ToList();
        Assert.Equal(["0", "10", "20"], binCalls.Select(c => c.Query["limit_start"]));
        Assert.All(binCalls, c => Assert.Equal("10", c.Query["limit_page_length"]));
        Assert.All(erp.Stub.Calls.Where(c => c.Name is null), c => Assert.False(string.IsNullOrWhiteSpace(c.Query["order_by"])));
        Assert.All(erp.Stub.Calls.Where(c => c.Name is null), c => Assert.DoesNotContain("\"*\"", c.Query["fields"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetSnapshot_Cold_SendsTokenAuthAndJsonAcceptAndOneBinAndOnePoCall()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();

        var snapshot = await erp.SnapshotAsync("SKU-2", "sku-3");

        Assert.Equal(1, erp.Stub.Count("Bin"));
        Assert.Equal(1, erp.Stub.Count("Purchase Order"));
        Assert.All(erp.Stub.Calls, c =>
        {
            Assert.Equal("token k:s", c.Headers.GetValues("Authorization").Single());
            Assert.Contains(c.Headers.Accept, a => a.MediaType == "application/json");
        });
        var line = Assert.Single(snapshot.PurchaseOrderLinesOf("SKU-3"));
        Assert.Equal(72m, line.OutstandingStockQty);
        Assert.Equal(0.5m, Assert.Single(snapshot.BinsOf("SKU-2")).ReservedQtyForProductionPlan);
        Assert.NotNull(snapshot.FindItem("sku-3"));
        Assert.Equal(2, snapshot.Warehouses.Count);
        Assert.Equal("AC 2026", snapshot.CompanyDefaultHolidayLists["AC"]);
        Assert.Single(snapshot.HolidayLists["AC 2026"].Holidays);
        Assert.Equal(ErpHarness.Start, snapshot.DataAsOf);
    }

    [Fact]
    public async Task GetSnapshot_PoQuery_UsesParentWithBacktickedChildColumnsAndFourElementFilters()
    {
        await using var erp = new ErpHarness(new() { ["Erp:Company"] = "AC" });
        erp.Stub.Seed();

        await erp.SnapshotAsync("SKU-2");

        var po = erp.Stub.Calls.Single(c => c.Doctype == "Purchase Order");
        Assert.Contains("`tabPurchase Order Item`.item_code", po.Query["fields"], StringComparison.Ordinal);
        Assert.Contains("`tabPurchase Order Item`.name as po_item", po.Query["fields"], StringComparison.Ordinal);
        var filters = JsonNode.Parse(po.Query["filters"])!.AsArray();
        Assert.All(filters, f => Assert.Equal(4, f!.AsArray().Count));
        Assert.Contains(filters, f => f!.ToJsonString() == """["Purchase Order","status","not in",["Closed","Completed","On Hold","Delivered"]]""");
        Assert.Contains(filters, f => f!.ToJsonString() == """["Purchase Order","docstatus","=",1]""");
        Assert.Contains(filters, f => f!.ToJsonString() == """["Purchase Order","company","=","AC"]""");
        Assert.DoesNotContain(erp.Stub.Calls, c => c.Doctype == "Purchase Order Item");
        var warehouses = erp.Stub.Calls.Single(c => c.Doctype == "Warehouse");
        Assert.Contains("""["company","=","AC"]""", warehouses.Query["filters"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSnapshot_DuplicateAndClosedRows_AreDroppedClientSide()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        var po = erp.Stub.Rows["Purchase Order"];
        po.Add((JsonObject)po[4].DeepClone()); // SKU-5 line seen twice while paging
        po.Add(new JsonObject { ["name"] = "PO-X", ["status"] = "To Receive", ["docstatus"] = 1, ["po_item"] = "x1", ["po_item_idx"] = 1, ["item_code"] = "SKU-5", ["warehouse"] = "Stores - AC", ["qty"] = 5.0, ["received_qty"] = 5.0, ["conversion_factor"] = 1.0, ["item_schedule_date"] = "2026-12-28", ["delivered_by_supplier"] = 0 });
        po.Add(new JsonObject { ["name"] = "PO-Y", ["status"] = "To Receive", ["docstatus"] = 1, ["po_item"] = "y1", ["po_item_idx"] = 1, ["item_code"] = "SKU-5", ["warehouse"] = "Stores - AC", ["qty"] = 5.0, ["received_qty"] = 0.0, ["conversion_factor"] = 1.0, ["item_schedule_date"] = "2026-12-28", ["delivered_by_supplier"] = 1 });
        po.Add(new JsonObject { ["name"] = "PO-Z", ["status"] = "On Hold", ["docstatus"] = 1, ["po_item"] = "z1", ["po_item_idx"] = 1, ["item_code"] = "SKU-5", ["warehouse"] = "Stores - AC", ["qty"] = 5.0, ["received_qty"] = 0.0, ["conversion_factor"] = 1.0, ["item_schedule_date"] = "2026-12-28", ["delivered_by_supplier"] = 0 });
        erp.Stub.Rows["Bin"].Add((JsonObject)erp.Stub.Rows["Bin"].First(b => (string?)b["item_code"] == "SKU-5").DeepClone());

        var snapshot = await erp.SnapshotAsync("SKU-5");

        Assert.Equal("PO-0005", Assert.Single(snapshot.PurchaseOrderLinesOf("SKU-5")).PoName);
        Assert.Single(snapshot.BinsOf("SKU-5"));
    }

    [Fact]
    public async Task GetSnapshot_OptionalFieldNotPermitted_FallsBackOnceAndRemembers()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        erp.Stub.UnsupportedFields.Add("Bin.reserved_qty_for_production_plan");
        erp.Stub.UnsupportedFields.Add("Warehouse.is_rejected_warehouse");

        var snapshot = await erp.SnapshotAsync("SKU-2");
        var secondItem = await erp.SnapshotAsync("SKU-3");

        var bins = erp.Stub.Calls.Where(c => c.Doctype == "Bin").ToList();
        Assert.Equal(3, bins.Count); // failed + fallback, then the remembered field set straight away
        Assert.Contains("reserved_qty_for_production_plan", bins[0].Query["fields"], StringComparison.Ordinal);
        Assert.DoesNotContain("reserved_qty_for_production_plan", bins[1].Query["fields"], StringComparison.Ordinal);
        Assert.DoesNotContain("reserved_qty_for_production_plan", bins[2].Query["fields"], StringComparison.Ordinal);
        Assert.Equal(0m, Assert.Single(snapshot.BinsOf("SKU-2")).ReservedQtyForProductionPlan);
        Assert.Single(secondItem.BinsOf("SKU-3"));
        Assert.Equal(2, erp.Stub.Count("Warehouse"));
    }

    [Fact]
    public async Task GetSnapshot_HolidayListForbidden_DegradesToWeeklyOffRules()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        erp.Stub.Intercept = c => c.Doctype == "Holiday List" ? StubErpHandler.Json(HttpStatusCode.Forbidden, """{"exc_type":"PermissionError"}""") : null;

        var snapshot = await erp.SnapshotAsync("SKU-2");

        Assert.False(snapshot.Sources.HolidayLists);
        Assert.True(snapshot.Sources.PurchaseOrders);
        Assert.Empty(snapshot.HolidayLists);
        Assert.Equal("AC 2026", snapshot.CompanyDefaultHolidayLists["AC"]);
        Assert.True(erp.Health.GetReport().HolidayListForbidden);
        Assert.Equal(1, erp.Stub.Count("Holiday List")); // 403 is never retried
    }

    [Fact]
    public async Task GetSnapshot_LongItemList_UsesPostGetList()
    {
        await using var erp = new ErpHarness(new() { ["Erp:MaxGetUrlLength"] = "600" });
        erp.Stub.Seed();
        var codes = Enumerable.Range(1, 120).Select(n => $"SKU-{n}").ToArray();

        var snapshot = await erp.SnapshotAsync(codes);

        Assert.Equal(120, snapshot.Items.Count);
        Assert.All(codes, c => Assert.NotEmpty(snapshot.BinsOf(c)));
        Assert.All(erp.Stub.Calls.Where(c => c.Doctype is "Bin" or "Purchase Order" or "Item"), c => Assert.Equal("POST", c.Method));
    }

    [Fact]
    public async Task GetSnapshot_UnknownItem_IsNegativelyCachedBriefly()
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();

        var first = await erp.SnapshotAsync("NOPE-1");
        await erp.SnapshotAsync("NOPE-1");
        erp.Time.Advance(TimeSpan.FromSeconds(31));
        await erp.SnapshotAsync("NOPE-1");
        await erp.Provider.WhenRefreshesDoneAsync();

        Assert.Null(first.FindItem("NOPE-1"));
        Assert.Equal(2, erp.Stub.Count("Item"));
    }
}
