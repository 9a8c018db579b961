namespace Promise.Api.Validation;

/// <summary>Collects validation messages keyed by JSON path (<c>items[2].qty</c>, items indexed from 0).</summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var messages))
        {
            _errors[path] = messages = [];
        }

        messages.Add(message);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary()
    {
        var result = new Dictionary<string, string[]>(_errors.Count, StringComparer.Ordinal);
        foreach (var (path, messages) in _errors)
        {
            result[path] = [.. messages];
        }

        return result;
    }
}
