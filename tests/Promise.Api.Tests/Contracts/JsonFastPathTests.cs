using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Promise.Api.Contracts;

namespace Promise.Api.Tests.Contracts;

/// <summary>
/// Guards the source generator's fast path for every answer type: a context-wide converter (or a
/// property shape the generator cannot write) silently moves serialization to the slower
/// metadata-driven converters, which the hot <c>/otp/promise</c> path must not use.
/// </summary>
public class JsonFastPathTests
{
    public static TheoryData<string> WrittenTypes => new()
    {
        nameof(PromiseResponse),
        nameof(LinePlanResponse),
        nameof(FulfillmentResponse),
        nameof(OptionResponse),
        nameof(BulkErrorLine),
        nameof(ErrorBody),
    };

    [Fact]
    public void Context_HasNoConverters()
    {
        Assert.Empty(PromiseJsonContext.Default.Options.Converters);
    }

    [Theory]
    [MemberData(nameof(WrittenTypes))]
    public void WrittenType_HasGeneratedSerializeHandler(string typeName)
    {
        var info = TypeInfo(typeName);

        var handler = info.GetType().GetProperty("SerializeHandler")!.GetValue(info);

        Assert.NotNull(handler);
    }

    [Theory]
    [MemberData(nameof(WrittenTypes))]
    public void WrittenType_UsesSerializeHandlerAtRunTime(string typeName)
    {
        var info = TypeInfo(typeName);
        // The decision is made when the type info is configured, on first use.
        _ = JsonSerializer.Serialize((object?)null, info);

        var canUse = typeof(JsonTypeInfo).GetProperty("CanUseSerializeHandler", BindingFlags.Instance | BindingFlags.NonPublic);

        Assert.NotNull(canUse);
        Assert.Equal(true, canUse.GetValue(info));
    }

    [Theory]
    [InlineData(nameof(PromiseRequestDto))]
    [InlineData(nameof(OrderLineDto))]
    [InlineData(nameof(RequestRulesDto))]
    public void RequestType_IsReadThroughSetters_NotAConstructor(string typeName)
    {
        var info = TypeInfo(typeName);

        Assert.NotNull(info.CreateObject);
        Assert.All(info.Properties, property => Assert.NotNull(property.Set));
    }

    private static JsonTypeInfo TypeInfo(string typeName)
    {
        var type = typeof(PromiseResponse).Assembly.GetType("Promise.Api.Contracts." + typeName, throwOnError: true)!;
        return PromiseJsonContext.Default.GetTypeInfo(type)!;
    }
}
