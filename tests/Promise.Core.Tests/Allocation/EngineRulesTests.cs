using Promise.Core.Allocation;
using Promise.Core.Rules;

namespace Promise.Core.Tests.Allocation;

/// <summary>promise-rules §2: a calendar without working days (and other invalid rules) fails at start-up.</summary>
public sealed class EngineRulesTests
{
    private static readonly DayOfWeek[] AllWeek = Enum.GetValues<DayOfWeek>();

    public static TheoryData<ServiceRules, string> Invalid => new()
    {
        { new ServiceRules { WeeklyOff = AllWeek }, "WeeklyOff" },
        { new ServiceRules { ShippingMethods = [new ShippingMethod("standard", 3) { CarrierWeeklyOff = AllWeek }] }, "ShippingMethods[standard].CarrierWeeklyOff" },
        { new ServiceRules { Warehouses = [new WarehouseRule("W") { ProcessingDays = -1 }] }, "Warehouses[W].ProcessingDays" },
        { new ServiceRules { Warehouses = [new WarehouseRule("W") { ReceivingDays = -2 }] }, "Warehouses[W].ReceivingDays" },
        { new ServiceRules { ShippingMethods = [new ShippingMethod("slow", -1)] }, "ShippingMethods[slow].TransitDays" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Constructor_InvalidRules_ThrowsNamingTheRule(ServiceRules rules, string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new PromiseEngine(rules));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SixDaysOff_IsValid() =>
        Assert.NotNull(new PromiseEngine(new ServiceRules { WeeklyOff = AllWeek[1..] }));

    [Fact]
    public void Quote_UnknownShippingMethodOrBadQty_ArgumentException()
    {
        var s = Support.Scenario.WorkedExample();
        var request = Support.Scenario.Order("2026-12-21T09:00:00Z", Support.Scenario.Line("SKU-1", 1m));

        Assert.Throws<ArgumentException>(() => s.Quote(request with { ShippingMethod = "pigeon" }));
        Assert.Throws<ArgumentException>(() => s.Quote(request with { Lines = [Support.Scenario.Line("SKU-1", 0m)] }));
        Assert.Equal(Support.Scenario.D("2026-12-22"), s.Quote(request with { ShippingMethod = "EXPRESS" }).Plan[0].Fulfillment[0].DeliveryDate);
    }
}
