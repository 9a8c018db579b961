using Microsoft.Extensions.Options;

namespace Promise.ErpClient.Configuration;

/// <summary>Start-up validation of <c>Cache:*</c>.</summary>
internal sealed class CacheOptionsValidator : IValidateOptions<CacheOptions>
{
    public ValidateOptionsResult Validate(string? name, CacheOptions options)
    {
        var errors = new List<string>();
        ErpOptionsValidator.Positive(errors, options.StockTtl, "Cache:StockTtl");
        ErpOptionsValidator.Positive(errors, options.MasterDataTtl, "Cache:MasterDataTtl");
        ErpOptionsValidator.Positive(errors, options.NegativeTtl, "Cache:NegativeTtl");
        if (options.MaxStaleness < options.StockTtl)
        {
            errors.Add("Cache:MaxStaleness must be at least Cache:StockTtl.");
        }

        ErpOptionsValidator.Range(errors, options.L1SizeLimit, 100, 100_000_000, "Cache:L1SizeLimit");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
