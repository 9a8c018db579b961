using Promise.Api.Configuration;
using Promise.Api.Contracts;
using Promise.Api.Validation;
using Promise.Core.Requests;
using Promise.Core.Rules;

namespace Promise.Api.Tests.Validation;

public class PromiseRequestValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 21, 15, 0, 0, TimeSpan.Zero);
    private readonly PromiseRequestValidator _validator = new(new ServiceRules(), new PromiseLimits(3));

    [Fact]
    public void TryValidate_FullRequest_ResolvesEveryField()
    {
        var dto = Parse("""
            {"customer":"Acme","order_id":"SO-42","sales_order_id":"SAL-1","order_datetime":"2026-12-21T15:00",
             "items":[{"item_code":"SKU-1","qty":6,"warehouse":"Stores - AC","line_id":"a"},{"item_code":"SKU-2","qty":0.5}],
             "desired_date":"2026-12-30","shipping_method":"EXPRESS","fill_policy":"Complete",
             "rules":{"no_weekends":false,"cutoff_time":"13:30","timezone":"Europe/Berlin","processing_lead_time_days":1,
                      "lead_time_buffer_days":2,"desired_date_mode":"strict_fail"}}
            """);
        Assert.True(_validator.TryValidate(dto, Now.AddDays(5), out var request, out _));
        Assert.Equal(Now, request!.OrderInstant);
        Assert.Equal(TimeSpan.Zero, request.OrderInstant.Offset);
        Assert.Equal(new OrderLine("a", "SKU-1", 6m, "Stores - AC"), request.Lines[0]);
        Assert.Equal(new OrderLine("2", "SKU-2", 0.5m), request.Lines[1]);
        Assert.Equal(("Acme", "SO-42", "SAL-1"), (request.Customer, request.OrderId, request.SalesOrderId));
        Assert.Equal(new DateOnly(2026, 12, 30), request.DesiredDate);
        Assert.Equal("express", request.ShippingMethod);
        Assert.Equal(FillPolicy.Complete, request.FillPolicy);
        Assert.False(request.Rules.NoWeekends);
        Assert.Equal(new TimeOnly(13, 30), request.Rules.CutoffTime);
        Assert.Equal("Europe/Berlin", request.Rules.TimeZone!.Id);
        Assert.Equal((1, 2), (request.Rules.ProcessingDays, request.Rules.TransitDays));
        Assert.Equal(DesiredDateMode.StrictFail, request.Rules.DesiredDateMode);
    }

    [Fact]
    public void TryValidate_MinimalRequest_TakesDefaults()
    {
        Assert.True(_validator.TryValidate(Parse("""{"items":[{"item_code":"SKU-1","qty":1}]}"""), Now, out var request, out _));
        Assert.Equal(Now, request!.OrderInstant);
        Assert.Equal("1", request.Lines[0].LineId);
        Assert.Equal("standard", request.ShippingMethod);
        Assert.Equal(FillPolicy.Partial, request.FillPolicy);
        Assert.Same(RequestRules.None, request.Rules);
    }

    [Theory]
    [InlineData("""{"items":[{"item_code":"A","qty":1}],"rules":{"order_created_at":"2026-12-21T15:00:00"}}""", "2026-12-21T15:00:00Z")]
    [InlineData("""{"items":[{"item_code":"A","qty":1}],"order_datetime":"2026-12-21T16:00:00+01:00"}""", "2026-12-21T15:00:00Z")]
    [InlineData("""{"items":[{"item_code":"A","qty":1}],"order_datetime":"2026-12-21T15:00:00Z","rules":{"order_created_at":"2020-01-01T00:00"}}""", "2026-12-21T15:00:00Z")]
    public void TryValidate_OrderInstant_ComesFromTheRightField(string json, string expected)
    {
        Assert.True(_validator.TryValidate(Parse(json), Now.AddDays(9), out var request, out _));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), request!.OrderInstant);
    }

    [Theory]
    [InlineData("""{}""", "items", "is required: at least 1 line")]
    [InlineData("""{"items":[]}""", "items", "is required: at least 1 line")]
    [InlineData("""{"items":[{"item_code":"A","qty":1},{"item_code":"A","qty":1},{"item_code":"A","qty":1},{"item_code":"A","qty":1}]}""", "items", "must have at most 3 lines (Promise:MaxLinesPerOrder)")]
    [InlineData("""{"items":[{"item_code":"A","qty":1},{"item_code":"B","qty":0}]}""", "items[1].qty", "must be a number greater than 0")]
    [InlineData("""{"items":[{"item_code":"A","qty":-2}]}""", "items[0].qty", "must be a number greater than 0")]
    [InlineData("""{"items":[{"item_code":"A"}]}""", "items[0].qty", "must be a number greater than 0")]
    [InlineData("""{"items":[{"qty":1}]}""", "items[0].item_code", "is required")]
    [InlineData("""{"items":[null]}""", "items[0]", "must be an object")]
    [InlineData("""{"items":[{"item_code":"A","qty":1,"line_id":"2"},{"item_code":"B","qty":1}]}""", "items[1].line_id", "duplicates the line_id of items[0]")]
    [InlineData("""{"items":[{"item_code":"A","qty":1,"line_id":""}]}""", "items[0].line_id", "must not be empty")]
    [InlineData("""{"items":[{"item_code":"A","qty":1}],"order_datetime":"2026-12-21"}""", "order_datetime", "must be an ISO-8601 date-time such as 2026-12-21T15:00:00Z (no offset means UTC)")]
    [InlineData("""{"items":[{"item_code":"A","qty":1}],"rules":{"order_created_at":"yesterday"}}""", "rules.order_created_at", "must be an ISO-8601 date-time such as 2026-12-21T15:00:00Z (no offset means UTC)")]
    [InlineData("""{"items":[{"item_code":"A","qty":1}],"desired_date":"30.12.2026"}""", "desired_date", "must be a date YYYY-MM-DD")]
    [InlineData("""{"items":[{"item_code":"A","qty":1}],"shipping_method":"pigeon"}""", "shipping_method", "must be a configured shipping method: standard, express")]
    [InlineData("""{"items":[{"item_code":"A","qty":1}],"fill_policy":"all"}""", "fill_policy", "must be partial or complete")]
    [InlineData("""{"items":[{"item_code":"A","qty":1}],"rules":{"cutoff_time":"25:00"}}""", "rules.cutoff_time", "must be a local time HH:mm such as 14:00")]
    [InlineData("""{"items":[{"item_code":"A","qty":1}],"rules":{"timezone":"Mars/Olympus"}}""", "rules.timezone", "must be an IANA time zone id such as Europe/Berlin")]
    [InlineData("""{"items":[{"item_code":"A","qty":1}],"rules":{"processing_lead_time_days":-1}}""", "rules.processing_lead_time_days", "must be a whole number of days from 0 to 730")]
    [InlineData("""{"items":[{"item_code":"A","qty":1}],"rules":{"lead_time_buffer_days":100000}}""", "rules.lead_time_buffer_days", "must be a whole number of days from 0 to 730")]
    [InlineData("""{"items":[{"item_code":"A","qty":1}],"rules":{"desired_date_mode":"SOONER"}}""", "rules.desired_date_mode", "must be LATEST_ACCEPTABLE, NO_EARLY_DELIVERY or STRICT_FAIL")]
    public void TryValidate_InvalidField_IsNamedByPath(string json, string path, string message)
    {
        Assert.False(_validator.TryValidate(Parse(json), Now, out _, out var problem));
        Assert.Equal(400, problem!.Status);
        Assert.Equal([message], problem.Errors![path]);
        Assert.StartsWith($"The request is invalid: {path} {message}", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TryValidate_SeveralProblems_ReportsAllAtOnce()
    {
        var dto = Parse("""{"items":[{"item_code":"A","qty":0},{"qty":1}],"fill_policy":"x"}""");
        Assert.False(_validator.TryValidate(dto, Now, out _, out var problem));
        Assert.Equal(["fill_policy", "items[0].qty", "items[1].item_code"], problem!.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.EndsWith("(and 2 more problems).", problem.Detail, StringComparison.Ordinal);
    }

    private static PromiseRequestDto Parse(string json)
    {
        Assert.True(RequestParser.TryParse(RequestParserTests.Bytes(json), out var dto, out var problem), problem?.Detail);
        return dto!;
    }
}
