using Microsoft.OpenApi;

namespace Promise.Api.Endpoints;

/// <summary>
/// Documents a request body in OpenAPI without <c>Accepts</c> metadata: that would make routing answer 415
/// (without a detail) to clients that omit <c>Content-Type</c>, which the contract does not require.
/// </summary>
internal static class RequestBodyDocs
{
    public static RouteHandlerBuilder DocumentsBody<TBody>(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(TBody), null, cancellationToken);
            var content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
            foreach (var contentType in contentTypes)
            {
                content[contentType] = new OpenApiMediaType { Schema = schema };
            }

            operation.RequestBody = new OpenApiRequestBody { Required = true, Content = content };
        });
}
