using System.Buffers;
using System.Text;
using System.Text.Json;
using Promise.Api.Contracts;

namespace Promise.Api.Validation;

/// <summary>
/// Reads the usual shape of a promise request (known members only, each once, with the expected JSON types,
/// in one buffer segment) straight from the <see cref="Utf8JsonReader"/>, without the serializer's metadata
/// machinery. Anything else (an unknown or repeated member, a wrong type, malformed JSON, an escaped member
/// name) returns null, and <see cref="RequestParser"/> reads the body with the serializer, which accepts it
/// into the same object or reports the error exactly as it always has.
/// </summary>
internal static class FastRequestReader
{
    public static PromiseRequestDto? TryRead(ReadOnlySequence<byte> json)
    {
        if (!json.IsSingleSegment)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(json.FirstSpan, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var dto = ReadRequest(ref reader);
            // Only whitespace may follow the object (the serializer path throws on anything else).
            return dto is not null && !reader.Read() ? dto : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 inside a string: the serializer path reports it.
            return null;
        }
    }

    private static PromiseRequestDto? ReadRequest(ref Utf8JsonReader reader)
    {
        var dto = new PromiseRequestDto();
        var seen = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return dto;
            }

            var member = Member(ref reader, ref seen, RequestMembers);
            if (member < 0 || !reader.Read())
            {
                return null;
            }

            var ok = true;
            switch (member)
            {
                case 0: dto.Customer = ReadString(ref reader, ref ok); break;
                case 1: dto.OrderId = ReadString(ref reader, ref ok); break;
                case 2: dto.SalesOrderId = ReadString(ref reader, ref ok); break;
                case 3: dto.OrderDatetime = ReadString(ref reader, ref ok); break;
                case 4: dto.Items = ReadItems(ref reader, ref ok); break;
                case 5: dto.DesiredDate = ReadString(ref reader, ref ok); break;
                case 6: dto.ShippingMethod = ReadString(ref reader, ref ok); break;
                case 7: dto.FillPolicy = ReadString(ref reader, ref ok); break;
                default: dto.Rules = ReadRules(ref reader, ref ok); break;
            }

            if (!ok)
            {
                return null;
            }
        }

        return null;
    }

    private static List<OrderLineDto?>? ReadItems(ref Utf8JsonReader reader, ref bool ok)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            ok = false;
            return null;
        }

        var items = new List<OrderLineDto?>();
        while (ok && reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.EndArray:
                    return items;
                case JsonTokenType.Null:
                    items.Add(null);
                    break;
                case JsonTokenType.StartObject:
                    items.Add(ReadLine(ref reader, ref ok));
                    break;
                default:
                    ok = false;
                    break;
            }
        }

        ok = false;
        return null;
    }

    private static OrderLineDto? ReadLine(ref Utf8JsonReader reader, ref bool ok)
    {
        var line = new OrderLineDto();
        var seen = 0;
        while (ok && reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return line;
            }

            var member = Member(ref reader, ref seen, LineMembers);
            if (member < 0 || !reader.Read())
            {
                break;
            }

            switch (member)
            {
                case 0: line.ItemCode = ReadString(ref reader, ref ok); break;
                case 1: line.Qty = ReadDecimal(ref reader, ref ok); break;
                case 2: line.Warehouse = ReadString(ref reader, ref ok); break;
                default: line.LineId = ReadLineId(ref reader, ref ok); break;
            }
        }

        ok = false;
        return null;
    }

    private static RequestRulesDto? ReadRules(ref Utf8JsonReader reader, ref bool ok)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            ok = false;
            return null;
        }

        var rules = new RequestRulesDto();
        var seen = 0;
        while (ok && reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return rules;
            }

            var member = Member(ref reader, ref seen, RulesMembers);
            if (member < 0 || !reader.Read())
            {
                break;
            }

            switch (member)
            {
                case 0: rules.NoWeekends = ReadBool(ref reader, ref ok); break;
                case 1: rules.CutoffTime = ReadString(ref reader, ref ok); break;
                case 2: rules.Timezone = ReadString(ref reader, ref ok); break;
                case 3: rules.ProcessingLeadTimeDays = ReadInt(ref reader, ref ok); break;
                case 4: rules.LeadTimeBufferDays = ReadInt(ref reader, ref ok); break;
                case 5: rules.DesiredDateMode = ReadString(ref reader, ref ok); break;
                default: rules.OrderCreatedAt = ReadString(ref reader, ref ok); break;
            }
        }

        ok = false;
        return null;
    }

    /// <summary>The index of the current property name in <paramref name="names"/>, or -1 (unknown, escaped or repeated).</summary>
    private static int Member(ref Utf8JsonReader reader, ref int seen, byte[][] names)
    {
        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped)
        {
            return -1;
        }

        var name = reader.ValueSpan;
        for (var i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                var bit = 1 << i;
                if ((seen & bit) != 0)
                {
                    return -1;
                }

                seen |= bit;
                return i;
            }
        }

        return -1;
    }

    private static string? ReadString(ref Utf8JsonReader reader, ref bool ok)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Null:
                return null;
            default:
                ok = false;
                return null;
        }
    }

    private static decimal? ReadDecimal(ref Utf8JsonReader reader, ref bool ok)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value))
        {
            return value;
        }

        ok &= reader.TokenType == JsonTokenType.Null;
        return null;
    }

    private static int? ReadInt(ref Utf8JsonReader reader, ref bool ok)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
        {
            return value;
        }

        ok &= reader.TokenType == JsonTokenType.Null;
        return null;
    }

    private static bool? ReadBool(ref Utf8JsonReader reader, ref bool ok)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                ok &= reader.TokenType == JsonTokenType.Null;
                return null;
        }
    }

    // As LineIdConverter: a string, or a number kept as its literal text.
    private static string? ReadLineId(ref Utf8JsonReader reader, ref bool ok)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                ok &= reader.TokenType == JsonTokenType.Null;
                return null;
        }
    }

    private static readonly byte[][] RequestMembers =
    [
        "customer"u8.ToArray(), "order_id"u8.ToArray(), "sales_order_id"u8.ToArray(), "order_datetime"u8.ToArray(),
        "items"u8.ToArray(), "desired_date"u8.ToArray(), "shipping_method"u8.ToArray(), "fill_policy"u8.ToArray(), "rules"u8.ToArray(),
    ];

    private static readonly byte[][] LineMembers =
    [
        "item_code"u8.ToArray(), "qty"u8.ToArray(), "warehouse"u8.ToArray(), "line_id"u8.ToArray(),
    ];

    private static readonly byte[][] RulesMembers =
    [
        "no_weekends"u8.ToArray(), "cutoff_time"u8.ToArray(), "timezone"u8.ToArray(), "processing_lead_time_days"u8.ToArray(),
        "lead_time_buffer_days"u8.ToArray(), "desired_date_mode"u8.ToArray(), "order_created_at"u8.ToArray(),
    ];
}
