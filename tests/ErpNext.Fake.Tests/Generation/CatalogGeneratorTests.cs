using System.Diagnostics;
using System.Text.Json;
using ErpNext.Fake.Generation;

namespace ErpNext.Fake.Tests.Generation;

public sealed class CatalogGeneratorTests
{
    private static readonly DateOnly BaseDate = new(2026, 11, 24);

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(20261124)]
    public void Generate_SameSeed_GivesIdenticalBytes_AndAnotherSeedDiffers(int seed)
    {
        var first = CatalogGenerator.Generate(new CatalogOptions(200, seed, BaseDate));
        var second = CatalogGenerator.Generate(new CatalogOptions(200, seed, BaseDate));
        var other = CatalogGenerator.Generate(new CatalogOptions(200, seed + 1, BaseDate));

        Assert.True(first == second, $"seed {seed} not deterministic");
        Assert.NotEqual(first, other);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(500)]
    public void Generate_HasThePromisedVariety(int items)
    {
        using var doc = JsonDocument.Parse(CatalogGenerator.Generate(new CatalogOptions(items, 7, BaseDate)));
        var root = doc.RootElement;

        Assert.Equal(items, root.GetProperty("Item").GetArrayLength());
        var warehouses = root.GetProperty("Warehouse").EnumerateArray().ToList();
        Assert.Contains(warehouses, w => w.GetProperty("is_group").GetInt32() == 1);
        Assert.Contains(warehouses, w => w.GetProperty("warehouse_type").GetString() == "Transit");
        Assert.Contains(warehouses, w => w.GetProperty("is_rejected_warehouse").GetInt32() == 1);
        Assert.Contains(warehouses, w => w.GetProperty("disabled").GetInt32() == 1);
        Assert.Contains(warehouses, w => w.GetProperty("name").GetString() == CatalogNames.WorkInProgress);

        var itemRows = root.GetProperty("Item").EnumerateArray().ToList();
        Assert.Contains(itemRows, i => i.GetProperty("disabled").GetInt32() == 1);
        Assert.Contains(itemRows, i => i.GetProperty("is_stock_item").GetInt32() == 0);
        Assert.Contains(itemRows, i => i.GetProperty("delivered_by_supplier").GetInt32() == 1);
        Assert.Contains(itemRows, i => string.CompareOrdinal(i.GetProperty("end_of_life").GetString(), "2026-11-24") < 0);

        var bins = root.GetProperty("Bin").EnumerateArray().ToList();
        Assert.Contains(bins, b => b.GetProperty("reserved_qty").GetDouble() > b.GetProperty("actual_qty").GetDouble());
        Assert.All(bins, b => Assert.Equal(
            b.GetProperty("actual_qty").GetDouble() + b.GetProperty("ordered_qty").GetDouble() + b.GetProperty("indented_qty").GetDouble()
            + b.GetProperty("planned_qty").GetDouble() - b.GetProperty("reserved_qty").GetDouble() - b.GetProperty("reserved_qty_for_production").GetDouble()
            - b.GetProperty("reserved_qty_for_sub_contract").GetDouble() - b.GetProperty("reserved_qty_for_production_plan").GetDouble(),
            b.GetProperty("projected_qty").GetDouble(), 6));

        var orders = root.GetProperty("Purchase Order").EnumerateArray().ToList();
        var statuses = orders.Select(o => o.GetProperty("status").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "To Receive and Bill", "To Receive", "On Hold", "Closed", "Completed", "Delivered", "Draft", "Cancelled" }, statuses);
        Assert.Contains(orders, o => o.GetProperty("docstatus").GetInt32() == 0);
        Assert.Contains(orders, o => o.GetProperty("docstatus").GetInt32() == 2);
        var lines = orders.SelectMany(o => o.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal([1.0, 6.0, 12.0], lines.Select(l => l.GetProperty("conversion_factor").GetDouble()).Distinct().Order());
        Assert.Contains(lines, l => l.GetProperty("delivered_by_supplier").GetInt32() == 1);
        Assert.Contains(lines, l => l.GetProperty("received_qty").GetDouble() is > 0 and var r && r < l.GetProperty("qty").GetDouble());
        Assert.All(lines, l => Assert.Equal(l.GetProperty("qty").GetDouble() * l.GetProperty("conversion_factor").GetDouble(), l.GetProperty("stock_qty").GetDouble()));

        var company = root.GetProperty("Company").EnumerateArray().Single();
        var holidayList = root.GetProperty("Holiday List").EnumerateArray().Single();
        Assert.Equal(holidayList.GetProperty("name").GetString(), company.GetProperty("default_holiday_list").GetString());
        var holidays = holidayList.GetProperty("holidays").EnumerateArray().ToList();
        Assert.Contains(holidays, h => h.GetProperty("weekly_off").GetInt32() == 1);
        Assert.Contains(holidays, h => h.GetProperty("weekly_off").GetInt32() == 0);
        Assert.Contains(holidays, h => h.GetProperty("holiday_date").GetString() == "2026-11-27");
    }

    [Fact]
    public void Generate_DatesFollowTheBaseDate()
    {
        var early = CatalogGenerator.Generate(new CatalogOptions(50, 3, new DateOnly(2025, 1, 15)));

        Assert.Contains("\"from_date\":\"2025-01-01\"", early, StringComparison.Ordinal);
        Assert.Contains("PUR-ORD-2025-", early, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-11-24", early, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_HundredThousandItems_InReasonableTime()
    {
        var clock = Stopwatch.StartNew();
        using var output = new CountingStream();

        CatalogGenerator.Write(new CatalogOptions(100_000, 11, BaseDate), output);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.True(output.Length > 20_000_000, $"only {output.Length} bytes");
    }

    [Fact]
    public void Generate_InvalidItemCount_IsRejectedWithTheReason()
    {
        var error = Assert.Throws<ArgumentException>(() => CatalogGenerator.Generate(new CatalogOptions(0, 1, BaseDate)));

        Assert.Contains("Items must be 1..", error.Message, StringComparison.Ordinal);
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
