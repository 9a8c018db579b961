using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Promise.Reliability.Tests.Infrastructure;

/// <summary>
/// A logger provider that keeps every event at Trace level, fully rendered (message, structured values,
/// exception with inner exceptions and stack), so tests can search everything the service ever logs.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public string AllText => string.Join('\n', _lines);

    /// <summary>Warnings and worse, for failure messages.</summary>
    public string Problems => string.Join('\n', _lines.Where(l => l.StartsWith("[Warning]", StringComparison.Ordinal)
        || l.StartsWith("[Error]", StringComparison.Ordinal) || l.StartsWith("[Critical]", StringComparison.Ordinal)));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"[scope] {category}: {Render(state)}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new StringBuilder()
                .Append('[').Append(logLevel).Append("] ").Append(category).Append(": ")
                .Append(formatter(state, exception))
                .Append(" | ").Append(Render(state));
            if (exception is not null)
            {
                text.Append(" | ").Append(exception);
            }

            lines.Enqueue(text.ToString());
        }

        private static string Render(object? state) => state is IEnumerable<KeyValuePair<string, object?>> values
            ? string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"))
            : state?.ToString() ?? string.Empty;
    }
}
