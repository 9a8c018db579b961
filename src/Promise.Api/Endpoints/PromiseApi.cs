using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Promise.Api.Configuration;
using Promise.Api.Contracts;
using Promise.Api.Errors;
using Promise.Api.Promising;
using Promise.Api.Security;
using Promise.Api.Validation;

namespace Promise.Api.Endpoints;

/// <summary><c>/otp/*</c>: the promise endpoints, with API keys, rate limiting and load shedding applied once for the group.</summary>
internal static class PromiseApi
{
    public static RouteGroupBuilder MapPromiseEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/otp")
            .WithTags("Promise")
            .RequireApiKey()
            .RequireClientRateLimit()
            .ShedLoad();

        group.MapPost("/promise", PromiseAsync)
            .WithName("Promise")
            .WithSummary("Promise a delivery date for one order (a quote: holds nothing)")
            .DocumentsBody<PromiseRequestDto>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/bulk-promise", BulkPromiseApi.BulkPromiseAsync)
            .WithName("BulkPromise")
            .WithSummary("Promise many orders, streamed as NDJSON in input order")
            .DocumentsBody<PromiseRequestDto>("application/x-ndjson", "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    public static async Task<Results<JsonBodyResult<PromiseResponse>, ProblemHttpResult>> PromiseAsync(
        HttpContext context,
        PromiseRequestValidator validator,
        PromiseService service,
        TimeProvider timeProvider,
        IOptions<ApiOptions> options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(options);
        var maxBytes = options.Value.MaxBodyBytes;
        var (tooLarge, parsed) = await LimitedBody.ReadAsync(
            context.Request,
            maxBytes,
            static body => RequestParser.TryParse(body, out var dto, out var problem) ? (dto, problem) : (null, problem),
            cancellationToken);
        if (tooLarge)
        {
            return Problems.BodyTooLarge(maxBytes).ToResult(context);
        }

        if (parsed.problem is { } parseProblem)
        {
            return parseProblem.ToResult(context);
        }

        if (!validator.TryValidate(parsed.dto!, timeProvider.GetUtcNow(), out var request, out var invalid))
        {
            return invalid!.ToResult(context);
        }

        var (response, problem) = await service.QuoteAsync(request!, cancellationToken);
        return response is null
            ? problem!.ToResult(context)
            : new JsonBodyResult<PromiseResponse>(response, PromiseJsonContext.Default.PromiseResponse);
    }
}
