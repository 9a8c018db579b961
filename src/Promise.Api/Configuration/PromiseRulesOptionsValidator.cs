using Microsoft.Extensions.Options;
using Promise.Core.Allocation;

namespace Promise.Api.Configuration;

/// <summary>Fails start-up with one message listing every broken <c>Promise:*</c> key, and whatever the calculator rejects.</summary>
internal sealed class PromiseRulesOptionsValidator : IValidateOptions<PromiseRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, PromiseRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Errors.Count > 0)
        {
            return ValidateOptionsResult.Fail(options.Errors);
        }

        try
        {
            _ = new PromiseEngine(options.Rules);
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail("Promise: " + exception.Message);
        }

        return ValidateOptionsResult.Success;
    }
}
