using System.Text.Json;

namespace Promise.Api.Validation;

/// <summary>
/// Turns a <see cref="JsonException"/> into a path and a human-readable message: syntax errors, wrong
/// types and duplicate keys, named by the JSON path of the offending value (<c>items[0].qty</c>).
/// </summary>
internal static class JsonErrorDescriber
{
    public const string RootPath = "$";

    public static (string Path, string Message, string Detail) Describe(JsonException exception)
    {
        var path = Normalize(exception.Path);
        if (IsSyntaxError(exception))
        {
            return (path, "is not valid JSON: " + Trim(exception.Message), "The request body is not valid JSON.");
        }

        if (exception.Message.StartsWith("Duplicate", StringComparison.Ordinal))
        {
            return (path, "is a duplicate key", $"The request repeats the key {path}.");
        }

        return (path, Expected(path), $"{path} has the wrong JSON type: it {Expected(path)}.");
    }

    private static bool IsSyntaxError(JsonException exception) =>
        IsReaderException(exception) || (exception.InnerException is JsonException inner && IsReaderException(inner));

    // Utf8JsonReader throws the internal JsonReaderException for malformed JSON; the serializer wraps it.
    private static bool IsReaderException(Exception exception) =>
        string.Equals(exception.GetType().Name, "JsonReaderException", StringComparison.Ordinal);

    private static string Normalize(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == RootPath)
        {
            return RootPath;
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
    }

    private static string Expected(string path)
    {
        if (path == RootPath)
        {
            return "must be a JSON object";
        }

        if (path.EndsWith(']'))
        {
            return "must be an object";
        }

        var field = path[(path.LastIndexOf('.') + 1)..];
        return field switch
        {
            "items" => "must be an array of lines",
            "rules" => "must be an object",
            "qty" => "must be a number greater than 0",
            "line_id" => "must be a string or a number",
            "no_weekends" => "must be true or false",
            "processing_lead_time_days" or "lead_time_buffer_days" => "must be a whole number of days, 0 or greater",
            _ => "must be a string",
        };
    }

    // The reader's message ends with " LineNumber: 0 | BytePositionInLine: 12." and sometimes a path; keep the first sentence.
    private static string Trim(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ', '|');
    }
}
