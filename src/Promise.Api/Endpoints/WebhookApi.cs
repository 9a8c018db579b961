using System.Buffers;
using Microsoft.Extensions.Options;
using Promise.Api.Configuration;
using Promise.Api.Errors;
using Promise.ErpClient.Webhooks;

namespace Promise.Api.Endpoints;

/// <summary><c>POST /erp/webhooks</c>: cache invalidation from ERPNext; mapped only when <c>Erp:WebhookSecret</c> is set.</summary>
internal static class WebhookApi
{
    public const string SignatureHeader = "X-Frappe-Webhook-Signature";

    private const string WebhookSecretKey = "Erp:WebhookSecret";

    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Decided from the raw key, not from IWebhookHandler or IOptions<ErpOptions>: resolving either while the
        // app is being built would validate (or connect) one section before ValidateOnStart reports them all.
        if (!string.IsNullOrEmpty(app.ServiceProvider.GetRequiredService<IConfiguration>()[WebhookSecretKey]))
        {
            app.MapPost("/erp/webhooks", ReceiveAsync)
                .WithTags("ERPNext")
                .WithName("ErpWebhook")
                .WithSummary("ERPNext webhook (HMAC-signed): invalidates cached supply")
                .ExcludeFromDescription();
        }

        return app;
    }

    public static async Task<IResult> ReceiveAsync(
        HttpContext context, IWebhookHandler handler, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(options);
        var maxBytes = options.Value.MaxBodyBytes;
        // The signature covers the raw bytes, so they are copied as received, never re-serialized.
        var (tooLarge, body) = await LimitedBody.ReadAsync(context.Request, maxBytes, static b => b.ToArray(), cancellationToken);
        if (tooLarge)
        {
            return Problems.BodyTooLarge(maxBytes).ToResult(context);
        }

        var outcome = await handler.HandleAsync(body, context.Request.Headers[SignatureHeader], cancellationToken);
        return outcome switch
        {
            WebhookOutcome.BadSignature => new ApiProblem(
                StatusCodes.Status401Unauthorized, "Unauthorized", $"The {SignatureHeader} header is missing or does not verify.").ToResult(context),
            WebhookOutcome.BadPayload => new ApiProblem(
                StatusCodes.Status400BadRequest, "Bad Request", "The webhook body is not a payload Promise understands.").ToResult(context),
            _ => TypedResults.Ok(),
        };
    }
}
