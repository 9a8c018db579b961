using System.Text;
using Promise.Api.Configuration;
using Promise.Api.Validation;
using Promise.Core.Rules;

namespace Promise.Api.Tests.Validation;

/// <summary>Repeated line ids name the first item with that id, for small orders (scanned) and large ones (indexed) alike.</summary>
public class LineIdDuplicateTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 21, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(4)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(200)]
    public void TryValidate_RepeatedLineIds_NameTheFirstItem(int count)
    {
        // Items 0..count-1 with ids "a", a null item at 1, the default id "3" of item 2 reused at the end.
        var items = new StringBuilder("{\"items\":[");
        for (var i = 0; i < count; i++)
        {
            items.Append(i switch
            {
                1 => "null",
                2 => "{\"item_code\":\"A\",\"qty\":1}",
                _ when i == count - 1 => "{\"item_code\":\"A\",\"qty\":1,\"line_id\":3}",
                0 => "{\"item_code\":\"A\",\"qty\":1,\"line_id\":\"a\"}",
                _ => "{\"item_code\":\"A\",\"qty\":1,\"line_id\":\"u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"}",
            });
            items.Append(i == count - 1 ? "]}" : ",");
        }

        Assert.True(RequestParser.TryParse(RequestParserTests.Bytes(items.ToString()), out var dto, out _));
        var validator = new PromiseRequestValidator(new ServiceRules(), new PromiseLimits(500));

        Assert.False(validator.TryValidate(dto!, Now, out _, out var problem));

        var last = (count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["duplicates the line_id of items[2]"], problem!.Errors![$"items[{last}].line_id"]);
        Assert.Equal(["must be an object"], problem.Errors["items[1]"]);
        Assert.Equal(2, problem.Errors.Count);
    }

    [Fact]
    public void TryValidate_ThreeEqualIds_EachRepeatNamesTheFirst()
    {
        Assert.True(RequestParser.TryParse(
            RequestParserTests.Bytes("""{"items":[{"item_code":"A","qty":1,"line_id":"x"},{"item_code":"A","qty":1,"line_id":"y"},{"item_code":"A","qty":1,"line_id":"x"},{"item_code":"A","qty":1,"line_id":"x"}]}"""),
            out var dto,
            out _));

        Assert.False(new PromiseRequestValidator(new ServiceRules(), new PromiseLimits(10)).TryValidate(dto!, Now, out _, out var problem));

        Assert.Equal(["duplicates the line_id of items[0]"], problem!.Errors!["items[2].line_id"]);
        Assert.Equal(["duplicates the line_id of items[0]"], problem.Errors["items[3].line_id"]);
    }
}
