using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Promise.Api.Errors;
using Promise.Api.Validation;

namespace Promise.Api.Streaming;

/// <summary>
/// Reads a JSON-array body incrementally: each element is parsed as soon as it is complete, and only the
/// element being received is buffered. A syntax error cannot be skipped in an array, so it ends the
/// stream with one error item at the failing index; so does an element over the size limit.
/// </summary>
internal static class JsonArrayRequestReader
{
    public static async IAsyncEnumerable<BulkItem> ReadAsync(PipeReader body, long maxElementBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var state = new ArrayState();
        var items = new List<BulkItem>();
        while (!state.Done)
        {
            var result = await body.ReadAsync(cancellationToken);
            items.Clear();
            var consumed = ReadElements(result.Buffer, result.IsCompleted, maxElementBytes, state, items);
            body.AdvanceTo(consumed, result.Buffer.End);
            foreach (var item in items)
            {
                yield return item;
            }

            if (!state.Done && (result.IsCompleted || result.IsCanceled))
            {
                yield break;
            }
        }
    }

    private static SequencePosition ReadElements(ReadOnlySequence<byte> buffer, bool isFinal, long maxElementBytes, ArrayState state, List<BulkItem> items)
    {
        var json = new Utf8JsonReader(buffer, isFinal, state.Reader);
        var consumed = buffer.Start;
        try
        {
            while (true)
            {
                if (!json.Read())
                {
                    break;
                }

                if (!state.InArray)
                {
                    if (json.TokenType != JsonTokenType.StartArray)
                    {
                        End(state, items, "$", "must be a JSON array of promise requests", "An application/json bulk body must be a JSON array.");
                        return buffer.End;
                    }

                    state.InArray = true;
                }
                else if (json.TokenType == JsonTokenType.EndArray)
                {
                    state.Done = true;
                    return buffer.End;
                }
                else
                {
                    var start = json.TokenStartIndex;
                    if (!json.TrySkip())
                    {
                        break;
                    }

                    var element = buffer.Slice(start, json.BytesConsumed - start);
                    if (element.Length > maxElementBytes)
                    {
                        state.Done = true;
                        items.Add(new BulkItem(state.Index, null, Problems.BodyTooLarge(maxElementBytes), EndsStream: true));
                        return buffer.End;
                    }

                    items.Add(BulkItem.Parse(state.Index++, element));
                }

                consumed = json.Position;
                state.Reader = json.CurrentState;
            }
        }
        catch (JsonException exception)
        {
            var (_, message, _) = JsonErrorDescriber.Describe(exception);
            End(state, items, "$", message, $"The JSON array is malformed at element {state.Index}; the rest of the batch cannot be read.");
            return buffer.End;
        }

        if (isFinal)
        {
            End(state, items, "$", "is not valid JSON: the array is not closed", "The JSON array ended before its closing bracket.");
            return buffer.End;
        }

        if (buffer.Slice(consumed).Length > maxElementBytes)
        {
            state.Done = true;
            items.Add(new BulkItem(state.Index, null, Problems.BodyTooLarge(maxElementBytes), EndsStream: true));
            return buffer.End;
        }

        return consumed;
    }

    private static void End(ArrayState state, List<BulkItem> items, string path, string message, string detail)
    {
        state.Done = true;
        var problem = Problems.Validation(new Dictionary<string, string[]> { [path] = [message] }, detail);
        items.Add(new BulkItem(state.Index, null, problem, EndsStream: true));
    }

    private sealed class ArrayState
    {
        public JsonReaderState Reader { get; set; }

        public bool InArray { get; set; }

        public bool Done { get; set; }

        public int Index { get; set; }
    }
}
