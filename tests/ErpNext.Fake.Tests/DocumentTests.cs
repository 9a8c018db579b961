using System.Text.Json;
using ErpNext.Fake.Tests.Support;

namespace ErpNext.Fake.Tests;

/// <summary>erpnext-api.md §1 and §3: <c>GET /api/resource/{doctype}/{name}</c>.</summary>
public sealed class DocumentTests : FakeSiteTest
{
    [Fact]
    public async Task HolidayList_Document_HasChildTableArrayAndOmitsNullFields()
    {
        var (status, body, _) = await GetAsync("api/resource/Holiday%20List/AC%202026");

        Assert.Equal(200, status);
        var data = body.GetProperty("data");
        Assert.Equal("AC 2026", data.GetProperty("name").GetString());
        Assert.Equal("2026-01-01", data.GetProperty("from_date").GetString());
        Assert.Equal("2026-12-31", data.GetProperty("to_date").GetString());
        var holidays = data.GetProperty("holidays").EnumerateArray().ToList();
        Assert.Equal(["2026-12-25", "2026-12-26", "2026-12-27"], holidays.Select(h => h.GetProperty("holiday_date").GetString()));
        Assert.Equal([0, 1, 1], holidays.Select(h => h.GetProperty("weekly_off").GetInt32()));
        Assert.False(holidays[2].TryGetProperty("description", out _));
        Assert.False(data.TryGetProperty("country", out _));
        Assert.All(data.EnumerateObject(), p => Assert.NotEqual(JsonValueKind.Null, p.Value.ValueKind));
    }

    [Fact]
    public async Task Company_Document_CarriesDefaultHolidayList()
    {
        var (status, body, _) = await GetAsync("api/resource/Company/Acme%20Corp");

        Assert.Equal(200, status);
        Assert.Equal("AC 2026", body.GetProperty("data").GetProperty("default_holiday_list").GetString());
        Assert.Equal("AC", body.GetProperty("data").GetProperty("abbr").GetString());
    }

    [Fact]
    public async Task Document_Missing_Is404DoesNotExistErrorWithoutExceptionOrTraceback()
    {
        var (status, body, _) = await GetAsync("api/resource/Holiday%20List/Nope");

        Assert.Equal(404, status);
        Assert.Equal("DoesNotExistError", body.GetProperty("exc_type").GetString());
        Assert.False(body.TryGetProperty("exception", out _));
        Assert.False(body.TryGetProperty("exc", out _));
    }

    [Fact]
    public async Task UnknownDoctype_Is404DoesNotExistError()
    {
        var (status, body, _) = await GetAsync(ResourcePath("Sales Forecast"));

        Assert.Equal(404, status);
        Assert.Equal("DoesNotExistError", body.GetProperty("exc_type").GetString());
    }

    [Fact]
    public async Task UnknownApiRoute_Is404()
    {
        var (status, body, _) = await GetAsync("api/nothing/here");

        Assert.Equal(404, status);
        Assert.Equal("DoesNotExistError", body.GetProperty("exc_type").GetString());
    }
}
