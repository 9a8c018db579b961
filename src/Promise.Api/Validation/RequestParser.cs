using System.Buffers;
using System.Text.Json;
using Promise.Api.Contracts;
using Promise.Api.Errors;

namespace Promise.Api.Validation;

/// <summary>Reads one promise request's JSON (a whole body, a bulk NDJSON line or array element) into the wire DTO.</summary>
internal static class RequestParser
{
    public static bool TryParse(ReadOnlySequence<byte> json, out PromiseRequestDto? dto, out ApiProblem? problem)
    {
        problem = null;
        dto = FastRequestReader.TryRead(json);
        if (dto is not null)
        {
            return true;
        }

        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            dto = JsonSerializer.Deserialize(ref reader, PromiseJsonContext.Default.PromiseRequestDto);
            // Only whitespace may follow the object: the reader throws on anything else (a second value included).
            _ = reader.Read();
        }
        catch (JsonException exception)
        {
            var (path, message, detail) = JsonErrorDescriber.Describe(exception);
            problem = Single(path, message, detail);
            return false;
        }

        if (dto is null)
        {
            problem = Single(JsonErrorDescriber.RootPath, "must be a JSON object", "The request body must be a JSON object, not null.");
            return false;
        }

        return true;
    }

    private static ApiProblem Single(string path, string message, string detail) =>
        Problems.Validation(new Dictionary<string, string[]> { [path] = [message] }, detail);
}
