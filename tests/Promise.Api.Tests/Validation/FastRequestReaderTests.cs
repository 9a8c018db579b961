using System.Buffers;
using System.Text;
using System.Text.Json;
using Promise.Api.Contracts;
using Promise.Api.Validation;

namespace Promise.Api.Tests.Validation;

/// <summary>
/// The fast reader must either decline a body or read it into exactly what the serializer reads
/// (compared by re-serializing both, which keeps decimal scales and nulls visible).
/// </summary>
public class FastRequestReaderTests
{
    private const string Typical =
        """{"customer":"Perf Customer","order_id":"WARM-0","items":[{"item_code":"SKU-000035","qty":2,"line_id":"1"},{"item_code":"SKU-000027","qty":1.50,"line_id":2,"warehouse":"Stores - AC"}]}""";

    private const string Everything = """
        {
          "customer": "Acme \u00e9 \"q\"", "order_id": "SO-1", "sales_order_id": null, "order_datetime": "2026-12-21T15:00:00Z",
          "items": [null, {"item_code": "SKU-1", "qty": 1e2, "warehouse": null, "line_id": 7.50},
                    {"item_code": null, "qty": null, "line_id": null}, {}],
          "desired_date": "2026-12-30", "shipping_method": "express", "fill_policy": "complete",
          "rules": {"no_weekends": false, "cutoff_time": "14:00", "timezone": "Europe/Berlin", "processing_lead_time_days": 2,
                    "lead_time_buffer_days": null, "desired_date_mode": "STRICT_FAIL", "order_created_at": "2026-12-21T15:00:00"}
        }
        """;

    public static TheoryData<string> Accepted => new()
    {
        Typical,
        Everything,
        "{}",
        """{"items":[]}""",
        """{"items":null,"rules":null}""",
        """{"rules":{}}""",
        """  {"items":[{"qty":-0.000}]}  """,
        """{"items":[{"qty":79228162514264337593543950335}]}""",
    };

    public static TheoryData<string> Declined => new()
    {
        """{"items":[{"item_code":"SKU-1","qty":"6"}]}""",
        """{"items":[{"item_code":7,"qty":6}]}""",
        """{"items":{}}""",
        """{"items":[1]}""",
        """{"rules":{"no_weekends":"yes"}}""",
        """{"rules":{"lead_time_buffer_days":1.5}}""",
        """{"rules":{"processing_lead_time_days":3000000000}}""",
        """{"items":[{"item_code":"A","qty":1,"line_id":true}]}""",
        """{"items":[{"qty":1e40}]}""",
        "[]",
        "null",
        """{"items":[{"item_code":"A","qty":1,"qty":2}]}""",
        """{"customer":"a","customer":"b","items":[]}""",
        """{"note":1,"items":[]}""",
        """{"items":[{"item_code":"A","note":"x"}]}""",
        """{"rules":{"extra":1}}""",
        """{"Customer":"a"}""",
        """{"cust\u006fmer":"a"}""",
        """{"items":[""",
        """{"items":[{"item_code":"A" "qty":1}]}""",
        "",
        "{} x",
        "{} {}",
        "not json",
        """{"items":[],}""",
        "{/* c */}",
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void TryRead_UsualShapes_ReadsWhatTheSerializerReads(string json)
    {
        var fast = FastRequestReader.TryRead(Bytes(json));

        Assert.NotNull(fast);
        Assert.Equal(Serializer(json), Write(fast));
    }

    [Theory]
    [MemberData(nameof(Declined))]
    public void TryRead_AnythingElse_Declines(string json)
    {
        Assert.Null(FastRequestReader.TryRead(Bytes(json)));
    }

    [Fact]
    public void TryRead_MultiSegmentInput_Declines()
    {
        var first = new Segment(Encoding.UTF8.GetBytes("""{"items":[{"item_code":"A","""));
        var last = first.Append(Encoding.UTF8.GetBytes("\"qty\":1}]}"));

        Assert.Null(FastRequestReader.TryRead(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2026)]
    public void TryRead_MutatedBodies_NeverDisagreesWithTheSerializer(int seed)
    {
        var random = new Random(seed);
        var sources = new[] { Typical, Everything };
        for (var i = 0; i < 3_000; i++)
        {
            var json = Mutate(sources[i % sources.Length], random);

            var fast = FastRequestReader.TryRead(Bytes(json));

            if (fast is not null)
            {
                var expected = Serializer(json);
                Assert.True(expected is not null, $"seed {seed}, mutation {i}: the fast reader accepted what the serializer rejects: {json}");
                Assert.True(expected == Write(fast), $"seed {seed}, mutation {i}: {json}");
            }
        }
    }

    private static string Mutate(string json, Random random)
    {
        var text = new StringBuilder(json);
        for (var edits = random.Next(1, 3); edits > 0 && text.Length > 1; edits--)
        {
            var at = random.Next(text.Length);
            var length = Math.Min(random.Next(1, 12), text.Length - at);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(at, length);
                    break;
                case 1:
                    text.Insert(random.Next(text.Length), text.ToString(at, length));
                    break;
                case 2:
                    text[at] = "{}[],:\"0-.e \\nulltrue"[random.Next(21)];
                    break;
                default:
                    text.Insert(at, random.Next(6) switch
                    {
                        0 => "\"qty\":1,",
                        1 => "\"customer\":\"x\",",
                        2 => "null,",
                        3 => "\"line_id\":12,",
                        4 => "\"rules\":{},",
                        _ => "\"extra\":[1],",
                    });
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>What the serializer reads, re-serialized; null when it rejects the body.</summary>
    private static string? Serializer(string json)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            var dto = JsonSerializer.Deserialize(ref reader, PromiseJsonContext.Default.PromiseRequestDto);
            _ = reader.Read();
            return dto is null ? null : Write(dto);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Write(PromiseRequestDto dto) => JsonSerializer.Serialize(dto, PromiseJsonContext.Default.PromiseRequestDto);

    private static ReadOnlySequence<byte> Bytes(string json) => new(Encoding.UTF8.GetBytes(json));

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] bytes) => Memory = bytes;

        public Segment Append(byte[] bytes)
        {
            var next = new Segment(bytes) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
