namespace Promise.Api.Validation;

/// <summary>Collects validation messages keyed by JSON path (<c>items[2].qty</c>, items indexed from 0).</summary>
internal sealed class ValidationErrors
{
    // Created with the first error: a valid request allocates no dictionary.
    private Dictionary<string, List<string>>? _errors;

    public bool IsEmpty => _errors is null;

    public void Add(string path, string message)
    {
        _errors ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!_errors.TryGetValue(path, out var messages))
        {
            _errors[path] = messages = [];
        }

        messages.Add(message);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary()
    {
        var result = new Dictionary<string, string[]>(_errors?.Count ?? 0, StringComparer.Ordinal);
        foreach (var (path, messages) in _errors ?? [])
        {
            result[path] = [.. messages];
        }

        return result;
    }
}
