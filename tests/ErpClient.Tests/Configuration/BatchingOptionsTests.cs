using Promise.ErpClient.Configuration;

namespace Promise.ErpClient.Tests.Configuration;

public sealed class BatchingOptionsTests
{
    [Fact]
    public void ErpOptions_Defaults_BatchUnderHighLoadOnlyAndHoldAtMost10Ms()
    {
        var options = new ErpOptions();

        Assert.Equal(100, options.MaxItemsInFlight);
        Assert.Equal(TimeSpan.FromMilliseconds(10), options.MaxBatchHold);
        Assert.True(new ErpOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(-1, "00:00:00.010", "Erp:MaxItemsInFlight")]
    [InlineData(100, "-00:00:00.001", "Erp:MaxBatchHold")]
    [InlineData(100, "00:00:01.001", "Erp:MaxBatchHold")]
    public void Validate_OutOfRange_NamesTheKey(int maxItemsInFlight, string maxBatchHold, string key)
    {
        var options = new ErpOptions
        {
            MaxItemsInFlight = maxItemsInFlight,
            MaxBatchHold = TimeSpan.Parse(maxBatchHold, System.Globalization.CultureInfo.InvariantCulture),
        };

        var result = new ErpOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }
}
