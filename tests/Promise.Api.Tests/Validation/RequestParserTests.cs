using System.Buffers;
using System.Text;
using Promise.Api.Validation;

namespace Promise.Api.Tests.Validation;

public class RequestParserTests
{
    [Theory]
    [InlineData("{\"items\":[{\"item_code\":\"SKU-1\",\"qty\":\"6\"}]}", "items[0].qty", "must be a number greater than 0")]
    [InlineData("{\"items\":[{\"item_code\":7,\"qty\":6}]}", "items[0].item_code", "must be a string")]
    [InlineData("{\"items\":{}}", "items", "must be an array of lines")]
    [InlineData("{\"items\":[1]}", "items[0]", "must be an object")]
    [InlineData("{\"rules\":{\"no_weekends\":\"yes\"}}", "rules.no_weekends", "must be true or false")]
    [InlineData("{\"rules\":{\"lead_time_buffer_days\":1.5}}", "rules.lead_time_buffer_days", "must be a whole number of days, 0 or greater")]
    [InlineData("{\"items\":[{\"item_code\":\"A\",\"qty\":1,\"line_id\":true}]}", "items[0].line_id", "must be a string or a number")]
    [InlineData("[]", "$", "must be a JSON object")]
    public void TryParse_WrongType_NamesThePath(string json, string path, string message)
    {
        Assert.False(RequestParser.TryParse(Bytes(json), out _, out var problem));
        Assert.Equal(400, problem!.Status);
        Assert.Equal([message], problem.Errors![path]);
        Assert.Contains(path, problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"items\":[{\"item_code\":\"A\",\"qty\":1,\"qty\":2}]}", "items[0].qty")]
    [InlineData("{\"customer\":\"a\",\"customer\":\"b\",\"items\":[]}", "customer")]
    [InlineData("{\"note\":1,\"note\":2,\"items\":[]}", "note")]
    public void TryParse_DuplicateKey_NamesThePath(string json, string path)
    {
        Assert.False(RequestParser.TryParse(Bytes(json), out _, out var problem));
        Assert.Equal(["is a duplicate key"], problem!.Errors![path]);
    }

    [Fact]
    public void TryParse_DuplicateKeyInsideAnUnknownObject_IsRejected()
    {
        Assert.False(RequestParser.TryParse(Bytes("{\"items\":[{\"x\":{\"y\":1,\"y\":1}}]}"), out _, out var problem));
        var (path, messages) = Assert.Single(problem!.Errors!);
        Assert.StartsWith("items[0].x", path, StringComparison.Ordinal);
        Assert.Equal(["is a duplicate key"], messages);
    }

    [Theory]
    [InlineData("{\"items\":[")]
    [InlineData("{\"items\":[{\"item_code\":\"A\" \"qty\":1}]}")]
    [InlineData("")]
    [InlineData("{} x")]
    [InlineData("{} {}")]
    [InlineData("not json")]
    public void TryParse_SyntaxError_Is400WithReadableDetail(string json)
    {
        Assert.False(RequestParser.TryParse(Bytes(json), out _, out var problem));
        Assert.Equal(400, problem!.Status);
        Assert.Single(problem.Errors!);
        Assert.StartsWith("is not valid JSON", problem.Errors!.Values.Single()[0], StringComparison.Ordinal);
        Assert.Equal("The request body is not valid JSON.", problem.Detail);
    }

    [Fact]
    public void TryParse_Null_IsRejected()
    {
        Assert.False(RequestParser.TryParse(Bytes("null"), out _, out var problem));
        Assert.True(problem!.Errors!.ContainsKey("$"));
    }

    [Fact]
    public void TryParse_UnknownFieldsAndNumericLineId_AreAccepted()
    {
        const string json = """{"extra":{"deep":[1,2]},"items":[{"item_code":"SKU-1","qty":2.50,"line_id":7,"note":"x"}],"sales_order_id":"SO-1"}""";
        Assert.True(RequestParser.TryParse(Bytes(json), out var dto, out _));
        var line = Assert.Single(dto!.Items!);
        Assert.Equal("7", line!.LineId);
        Assert.Equal(2.5m, line.Qty);
        Assert.Equal("SO-1", dto.SalesOrderId);
    }

    [Fact]
    public void TryParse_MultiSegmentInput_Parses()
    {
        var json = Encoding.UTF8.GetBytes("""{"items":[{"item_code":"SKU-1","qty":6}]}""");
        var first = new Segment(json.AsMemory(0, 10));
        var last = first.Append(json.AsMemory(10));
        Assert.True(RequestParser.TryParse(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length), out var dto, out _));
        Assert.Equal("SKU-1", dto!.Items![0]!.ItemCode);
    }

    internal static ReadOnlySequence<byte> Bytes(string json) => new(Encoding.UTF8.GetBytes(json));

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
