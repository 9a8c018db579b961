namespace Promise.Api.Observability.Prometheus;

/// <summary>A tag set exactly as an instrument reported it (order included), copied once when first seen.</summary>
internal sealed class TagSetKey
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    public TagSetKey(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        _keys = new string[tags.Length];
        _values = new object?[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            _keys[i] = tags[i].Key;
            _values[i] = tags[i].Value;
        }

        Hash = HashOf(tags);
    }

    public int Hash { get; }

    public static int HashOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var hash = new HashCode();
        foreach (var tag in tags)
        {
            hash.Add(tag.Key);
            hash.Add(tag.Value);
        }

        return hash.ToHashCode();
    }

    /// <summary>True when the tags are this set's very key and value instances, in order (so equal without comparing text).</summary>
    public bool IsSameInstances(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length != _keys.Length)
        {
            return false;
        }

        for (var i = 0; i < tags.Length; i++)
        {
            if (!ReferenceEquals(tags[i].Key, _keys[i]) || !ReferenceEquals(tags[i].Value, _values[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Boxed values are new instances each time: only string (or null) values can match by reference.</summary>
    public static bool HasOnlyStringValues(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Value is not (null or string))
            {
                return false;
            }
        }

        return true;
    }

    public bool Matches(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length != _keys.Length)
        {
            return false;
        }

        for (var i = 0; i < tags.Length; i++)
        {
            if (!string.Equals(tags[i].Key, _keys[i], StringComparison.Ordinal) || !Equals(tags[i].Value, _values[i]))
            {
                return false;
            }
        }

        return true;
    }

    public bool Matches(TagSetKey other)
    {
        if (other._keys.Length != _keys.Length)
        {
            return false;
        }

        for (var i = 0; i < _keys.Length; i++)
        {
            if (!string.Equals(other._keys[i], _keys[i], StringComparison.Ordinal) || !Equals(other._values[i], _values[i]))
            {
                return false;
            }
        }

        return true;
    }
}
