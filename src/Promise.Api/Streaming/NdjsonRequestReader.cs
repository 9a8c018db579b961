using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using Promise.Api.Errors;

namespace Promise.Api.Streaming;

/// <summary>
/// Reads an NDJSON body incrementally from the request pipe: one request per line, blank lines skipped
/// and not counted. Only the current line is buffered; a line over the limit is answered with a 413 item
/// and skipped up to its newline, so one oversized line never stops the stream.
/// </summary>
internal static class NdjsonRequestReader
{
    public static async IAsyncEnumerable<BulkItem> ReadAsync(PipeReader body, long maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var index = 0;
        var skippingOversized = false;
        var items = new List<BulkItem>();
        while (true)
        {
            var result = await body.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            items.Clear();
            var consumed = ReadLines(ref buffer, result.IsCompleted, maxLineBytes, ref index, ref skippingOversized, items);
            body.AdvanceTo(consumed, result.Buffer.End);
            foreach (var item in items)
            {
                yield return item;
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                yield break;
            }
        }
    }

    /// <summary>Parses every complete line of <paramref name="buffer"/>; returns how far the pipe may be consumed.</summary>
    private static SequencePosition ReadLines(
        ref ReadOnlySequence<byte> buffer, bool isFinal, long maxLineBytes, ref int index, ref bool skippingOversized, List<BulkItem> items)
    {
        var reader = new SequenceReader<byte>(buffer);
        while (reader.TryReadTo(out ReadOnlySequence<byte> line, (byte)'\n'))
        {
            if (skippingOversized)
            {
                skippingOversized = false;
                continue;
            }

            AddLine(line, maxLineBytes, ref index, items);
        }

        var rest = reader.UnreadSequence;
        if (skippingOversized)
        {
            return buffer.End;
        }

        if (isFinal)
        {
            AddLine(rest, maxLineBytes, ref index, items);
            return buffer.End;
        }

        if (rest.Length > maxLineBytes)
        {
            items.Add(new BulkItem(index++, null, Problems.BodyTooLarge(maxLineBytes)));
            skippingOversized = true;
            return buffer.End;
        }

        return reader.Position;
    }

    private static void AddLine(ReadOnlySequence<byte> line, long maxLineBytes, ref int index, List<BulkItem> items)
    {
        if (IsBlank(line))
        {
            return;
        }

        items.Add(line.Length > maxLineBytes
            ? new BulkItem(index++, null, Problems.BodyTooLarge(maxLineBytes))
            : BulkItem.Parse(index++, line));
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
