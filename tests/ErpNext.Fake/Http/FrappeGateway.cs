using ErpNext.Fake.Frappe;

namespace ErpNext.Fake.Http;

/// <summary>
/// The front door for <c>/api/...</c>: record, delay, inject faults, authenticate, then dispatch.
/// The order mirrors a real site: proxies and the rate limiter act before Frappe authenticates.
/// </summary>
internal sealed class FrappeGateway(FakeErpNextControls controls, TimeProvider time, IHostApplicationLifetime lifetime)
{
    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await HandleCoreAsync(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested || lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // The client gave up (timeouts against latency or a hang), or the fake is stopping: nobody is left to answer.
            context.Abort();
        }
    }

    private async Task HandleCoreAsync(HttpContext context)
    {
        var request = context.Request;
        var route = ApiRoute.Parse(request.Path.Value ?? string.Empty);
        var body = HttpMethods.IsGet(request.Method) ? null : await ReadBodyAsync(request);
        var arguments = RequestArguments.Merge(request.Query, body, request.ContentType);
        var doctype = route.Doctype ?? (route.Kind == ApiRouteKind.Method ? arguments.GetValueOrDefault("doctype") : null);
        controls.Record(new RecordedRequest(
            request.Method, request.Path.Value ?? string.Empty, RequestArguments.Query(request.Query), doctype, body, time.GetUtcNow()));

        var latency = controls.LatencyFor(doctype);
        if (latency > TimeSpan.Zero)
        {
            // Also cut short by shutdown, so disposing a fake with a long latency does not wait for it.
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            await Task.Delay(latency, time, linked.Token);
        }

        if (controls.TakeFault(doctype) is { } fault)
        {
            await FaultResponder.PlayAsync(context, fault, lifetime.ApplicationStopping);
            return;
        }

        try
        {
            var authenticated = FrappeAuth.Authenticate(request, controls.Credentials);
            await DispatchAsync(context, route, arguments, authenticated);
        }
        catch (FrappeException error)
        {
            await FrappeResponse.WriteErrorAsync(context, error);
        }
    }

    private Task DispatchAsync(HttpContext context, ApiRoute route, Dictionary<string, string> arguments, bool authenticated)
    {
        var handlers = new FrappeHandlers(controls);
        if (route.Kind == ApiRouteKind.Method && route.Method == "frappe.ping")
        {
            return FrappeResponse.WriteJsonAsync(context, 200, FrappeJson.Message("pong"));
        }

        if (!authenticated && route.Kind != ApiRouteKind.Unknown)
        {
            throw FrappeException.Permission("Not permitted");
        }

        var (status, body) = route.Kind switch
        {
            ApiRouteKind.List when HttpMethods.IsGet(context.Request.Method) => (200, handlers.List(route.Doctype!, arguments)),
            ApiRouteKind.Document when HttpMethods.IsGet(context.Request.Method) => (200, handlers.Document(route.Doctype!, route.Name!)),
            ApiRouteKind.List or ApiRouteKind.Document => throw FrappeException.Permission("This fake ERPNext site is read-only."),
            ApiRouteKind.Method => (200, handlers.Method(route.Method!, arguments)),
            _ => throw FrappeException.NotFound("Page not found"),
        };
        return FrappeResponse.WriteJsonAsync(context, status, body);
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
    }
}
