using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ErpNext.Fake.Http;

/// <summary>HTTP twins of <see cref="FakeErpNextControls"/> under <c>/__fake</c>, for the standalone process (no auth).</summary>
internal static class ControlEndpoints
{
    public static IEndpointRouteBuilder MapFakeControlEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/__fake");
        group.MapPost("/latency", SetLatency);
        group.MapPost("/fault", InjectFault);
        group.MapPost("/fault/clear", ClearFaults);
        group.MapPost("/forbid", Forbid);
        group.MapPost("/allow", Allow);
        group.MapPost("/unsupported-fields", SetUnsupportedFields);
        group.MapPost("/fixture", ReplaceFixtureAsync);
        group.MapPost("/credentials", RotateCredentials);
        group.MapGet("/requests", Requests);
        group.MapGet("/requests/count", CountRequests);
        group.MapPost("/requests/reset", ResetRequests);
        group.MapPost("/reset", Reset);
        return routes;
    }

    private static NoContent SetLatency(LatencyCommand command, FakeErpNextControls controls)
    {
        controls.SetLatency(command.Doctype, TimeSpan.FromMilliseconds(command.Ms));
        return TypedResults.NoContent();
    }

    private static IResult InjectFault(FaultCommand command, FakeErpNextControls controls)
    {
        FakeFault? fault = command.Kind switch
        {
            "status" => new FakeFault.Status(command.Status ?? 500),
            "rate_limited" => new FakeFault.RateLimited(command.RetryAfter ?? 1),
            "connection_reset" => new FakeFault.ConnectionReset(),
            "truncated" => new FakeFault.Truncated(),
            "malformed" => new FakeFault.Malformed(),
            "hang" => new FakeFault.Hang(),
            _ => null,
        };
        if (fault is null)
        {
            return TypedResults.BadRequest($"kind must be status, rate_limited, connection_reset, truncated, malformed or hang; was '{command.Kind}'");
        }

        controls.InjectFault(command.Doctype, fault, command.Times is > 0 ? command.Times.Value : int.MaxValue);
        return TypedResults.NoContent();
    }

    private static NoContent ClearFaults(FakeErpNextControls controls)
    {
        controls.ClearFaults();
        return TypedResults.NoContent();
    }

    private static NoContent Forbid(DoctypeCommand command, FakeErpNextControls controls)
    {
        controls.Forbid(command.Doctype);
        return TypedResults.NoContent();
    }

    private static NoContent Allow(DoctypeCommand command, FakeErpNextControls controls)
    {
        controls.Allow(command.Doctype);
        return TypedResults.NoContent();
    }

    private static NoContent SetUnsupportedFields(UnsupportedFieldsCommand command, FakeErpNextControls controls)
    {
        controls.SetUnsupportedFields(command.Doctype, [.. command.Fields]);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> ReplaceFixtureAsync(HttpRequest request, FakeErpNextControls controls)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        try
        {
            controls.ReplaceFixture(text);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            return TypedResults.BadRequest(ex.Message);
        }

        return TypedResults.NoContent();
    }

    private static NoContent RotateCredentials(CredentialsCommand command, FakeErpNextControls controls)
    {
        controls.RotateCredentials(command.ApiKey, command.ApiSecret);
        return TypedResults.NoContent();
    }

    private static Ok<IReadOnlyList<RecordedRequest>> Requests(FakeErpNextControls controls) => TypedResults.Ok(controls.Requests);

    private static Ok<Dictionary<string, int>> CountRequests(string doctype, FakeErpNextControls controls) =>
        TypedResults.Ok(new Dictionary<string, int> { ["count"] = controls.CountRequests(doctype) });

    private static NoContent ResetRequests(FakeErpNextControls controls)
    {
        controls.ResetRequests();
        return TypedResults.NoContent();
    }

    private static NoContent Reset(FakeErpNextControls controls)
    {
        controls.Reset();
        return TypedResults.NoContent();
    }

    internal sealed record LatencyCommand(string Doctype, int Ms);

    internal sealed record FaultCommand(
        string Doctype,
        string Kind,
        int? Status,
        [property: JsonPropertyName("retry_after")] int? RetryAfter,
        int? Times);

    internal sealed record DoctypeCommand(string Doctype);

    internal sealed record UnsupportedFieldsCommand(string Doctype, IReadOnlyList<string> Fields);

    internal sealed record CredentialsCommand(
        [property: JsonPropertyName("api_key")] string ApiKey,
        [property: JsonPropertyName("api_secret")] string ApiSecret);
}
