using Promise.Api.Errors;

namespace Promise.Api.Security;

/// <summary>Rejects <c>/otp/*</c> calls without a valid <c>X-Api-Key</c> when keys are configured (401 problem+json).</summary>
internal sealed class ApiKeyFilter(ApiKeyValidator validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (validator.Required && validator.Identify(context.HttpContext.Request.Headers[ApiKeyValidator.HeaderName]) is null)
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = ApiKeyValidator.HeaderName;
            return new ApiProblem(
                StatusCodes.Status401Unauthorized,
                "Unauthorized",
                $"A valid API key is required in the {ApiKeyValidator.HeaderName} header.").ToResult(context.HttpContext);
        }

        return await next(context);
    }
}
