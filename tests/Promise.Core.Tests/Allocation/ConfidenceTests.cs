using Promise.Core.Results;
using Promise.Core.Supply;
using Promise.Core.Tests.Support;
using static Promise.Core.Tests.Support.Scenario;

namespace Promise.Core.Tests.Allocation;

/// <summary>promise-rules §6 confidence at its boundaries: 99 % stock, 10 % short, far after 7 days, far vs near.</summary>
public sealed class ConfidenceTests
{
    private const string Monday = "2026-12-21T09:00:00Z";

    [Theory]
    [InlineData(99, 1, "2026-12-23", 100, Confidence.High)] // exactly 99 % from stock
    [InlineData(98.9, 1.1, "2026-12-23", 100, Confidence.Medium)] // just under
    [InlineData(90, 0, "2026-12-23", 100, Confidence.Medium)] // 10 % short is not more than 10 %
    [InlineData(89.9, 0, "2026-12-23", 100, Confidence.Low)] // 10.1 % short
    [InlineData(100, 0, "2026-12-23", 100, Confidence.High)]
    [InlineData(0, 10, "2026-12-28", 10, Confidence.Medium)] // arrives order date + 7: near
    [InlineData(0, 10, "2026-12-29", 10, Confidence.Low)] // + 8: far
    [InlineData(5, 5, "2026-12-29", 10, Confidence.Medium)] // far equals stock: not more
    [InlineData(4, 6, "2026-12-29", 10, Confidence.Low)]
    public void Quote_Confidence_Thresholds(decimal stock, decimal po, string arrival, decimal qty, Confidence expected)
    {
        var s = new Scenario();
        s.Warehouse("Stores - AC").Item("SKU-1").Stock("SKU-1", "Stores - AC", stock);
        if (po > 0)
        {
            s.Po("PO-1", 1, "SKU-1", "Stores - AC", po, arrival);
        }

        Assert.Equal(expected, s.Quote(Order(Monday, Line("SKU-1", qty))).Confidence);
    }

    [Fact]
    public void Quote_FarIsMeasuredFromTheWarehousesLocalOrderDate()
    {
        // 23:30 UTC on the 21st is the 22nd in Tokyo, so a PO arriving 12-29 is exactly 7 days out there.
        var s = new Scenario
        {
            Rules = new Rules.ServiceRules { Warehouses = [new Rules.WarehouseRule("Tokyo - AC") { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo") }] },
        };
        s.Warehouse("Tokyo - AC").Item("SKU-1").Po("PO-1", 1, "SKU-1", "Tokyo - AC", 10m, "2026-12-29");

        Assert.Equal(Confidence.Medium, s.Quote(Order("2026-12-21T23:30:00Z", Line("SKU-1", 10m))).Confidence);
    }

    [Fact]
    public void Quote_ConfidenceIgnoresNonStockLines()
    {
        var s = new Scenario();
        s.Warehouse("Stores - AC").Item("SKU-1").Stock("SKU-1", "Stores - AC", 10m).Add(new ItemRecord("SERVICE", IsStockItem: false));

        var result = s.Quote(Order(Monday, Line("SKU-1", 10m, id: "1"), Line("SERVICE", 1000m, id: "2")));

        Assert.Equal(Confidence.High, result.Confidence);
    }
}
