using Microsoft.Extensions.Configuration;
using Promise.Api.Configuration;

namespace Promise.Api.Tests.Configuration;

public class ServiceRulesReaderTests
{
    [Fact]
    public void Read_NoConfiguration_GivesTheDocumentedDefaults()
    {
        var (rules, limits, errors) = ServiceRulesReader.Read(Config());

        Assert.Empty(errors);
        Assert.Empty(rules.Warehouses);
        Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Sunday], rules.WeeklyOff);
        Assert.Equal([("standard", 3), ("express", 1)], rules.ShippingMethods.Select(m => (m.Name, m.TransitDays)));
        Assert.Equal(500, limits.MaxLinesPerOrder);
        Assert.Null(rules.Company);
    }

    [Fact]
    public void Read_FullConfiguration_BindsEveryKey()
    {
        var (rules, limits, errors) = ServiceRulesReader.Read(Config(
            ("Promise:Warehouses:0:Name", "Stores - AC"),
            ("Promise:Warehouses:0:Priority", "10"),
            ("Promise:Warehouses:0:ProcessingDays", "2"),
            ("Promise:Warehouses:0:Cutoff", "15:30"),
            ("Promise:Warehouses:0:TimeZone", "Europe/Berlin"),
            ("Promise:Warehouses:0:ReceivingDays", "0"),
            ("Promise:Warehouses:0:HolidayList", "DE 2026"),
            ("Promise:Warehouses:1:Name", "Old Stores - AC"),
            ("Promise:Warehouses:1:Fulfills", "false"),
            ("Promise:ExcludedWarehouses:0", "Scrap - AC"),
            ("Promise:WeeklyOff:0", "sunday"),
            ("Promise:HolidayList", "AC 2026"),
            ("Promise:ShippingMethods:0:Name", "STANDARD"),
            ("Promise:ShippingMethods:0:TransitDays", "4"),
            ("Promise:ShippingMethods:1:Name", "freight"),
            ("Promise:ShippingMethods:1:TransitDays", "7"),
            ("Promise:ShippingMethods:1:CarrierWeeklyOff:0", "Saturday"),
            ("Promise:ShippingMethods:1:CarrierWeeklyOff:1", "Sunday"),
            ("Promise:ShippingMethods:1:HolidayList", "Carrier 2026"),
            ("Promise:MaxLinesPerOrder", "50"),
            ("Erp:Company", "AC")));

        Assert.Empty(errors);
        var stores = rules.Warehouses[0];
        Assert.Equal(("Stores - AC", 10, 2, new TimeOnly(15, 30), "Europe/Berlin", 0, "DE 2026", true),
            (stores.Name, stores.Priority, stores.ProcessingDays, stores.Cutoff, stores.TimeZone.Id, stores.ReceivingDays, stores.HolidayList, stores.Fulfills));
        Assert.False(rules.Warehouses[1].Fulfills);
        Assert.Equal(100, rules.Warehouses[1].Priority);
        Assert.Equal(["Scrap - AC"], rules.ExcludedWarehouses);
        Assert.Equal([DayOfWeek.Sunday], rules.WeeklyOff);
        Assert.Equal("AC 2026", rules.HolidayList);
        Assert.Equal([("STANDARD", 4), ("express", 1), ("freight", 7)], rules.ShippingMethods.Select(m => (m.Name, m.TransitDays)));
        Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Sunday], rules.ShippingMethods[2].CarrierWeeklyOff);
        Assert.Equal("Carrier 2026", rules.ShippingMethods[2].HolidayList);
        Assert.Null(rules.ShippingMethods[0].CarrierWeeklyOff);
        Assert.Equal(50, limits.MaxLinesPerOrder);
        Assert.Equal("AC", rules.Company);
    }

    [Theory]
    [InlineData("Promise:Warehouses:0:TimeZone", "Secret/Zone-123", "Promise:Warehouses:0:TimeZone must be an IANA time zone id")]
    [InlineData("Promise:Warehouses:0:Cutoff", "25:99", "Promise:Warehouses:0:Cutoff must be a local time HH:mm")]
    [InlineData("Promise:Warehouses:0:ProcessingDays", "-1", "Promise:Warehouses:0:ProcessingDays must be a whole number from 0 to 365")]
    [InlineData("Promise:Warehouses:0:ReceivingDays", "many", "Promise:Warehouses:0:ReceivingDays must be a whole number from 0 to 365")]
    [InlineData("Promise:Warehouses:0:Priority", "high", "Promise:Warehouses:0:Priority must be a whole number")]
    [InlineData("Promise:Warehouses:0:Fulfills", "maybe", "Promise:Warehouses:0:Fulfills must be true or false")]
    [InlineData("Promise:WeeklyOff:0", "Caturday", "Promise:WeeklyOff:0 must be a weekday name")]
    [InlineData("Promise:MaxLinesPerOrder", "-5", "Promise:MaxLinesPerOrder must be a whole number from 1 to 100000")]
    public void Read_BadValue_NamesTheKeyNeverTheValue(string key, string value, string message)
    {
        var (_, _, errors) = ServiceRulesReader.Read(Config(("Promise:Warehouses:0:Name", "Stores - AC"), (key, value)));

        var error = Assert.Single(errors);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralBadKeys_ReportsAll()
    {
        var (_, _, errors) = ServiceRulesReader.Read(Config(
            ("Promise:Warehouses:0:Priority", "1"),
            ("Promise:ShippingMethods:0:Name", "freight"),
            ("Promise:WeeklyOff:0", "Monday"), ("Promise:WeeklyOff:1", "Tuesday"), ("Promise:WeeklyOff:2", "Wednesday"),
            ("Promise:WeeklyOff:3", "Thursday"), ("Promise:WeeklyOff:4", "Friday"), ("Promise:WeeklyOff:5", "Saturday"), ("Promise:WeeklyOff:6", "Sunday")));

        Assert.Equal(3, errors.Count);
        Assert.Contains("Promise:Warehouses:0:Name is required", errors);
        Assert.Contains("Promise:ShippingMethods:0 needs Name and TransitDays", errors);
        Assert.Contains("Promise:WeeklyOff leaves no working day in the week", errors);
    }

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
