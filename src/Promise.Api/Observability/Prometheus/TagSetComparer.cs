namespace Promise.Api.Observability.Prometheus;

/// <summary>
/// Lets the series dictionary be searched with the measurement's tag span itself, so recording
/// into a known tag set allocates nothing.
/// </summary>
internal sealed class TagSetComparer :
    IEqualityComparer<TagSetKey>,
    IAlternateEqualityComparer<ReadOnlySpan<KeyValuePair<string, object?>>, TagSetKey>
{
    public static TagSetComparer Instance { get; } = new();

    public bool Equals(TagSetKey? x, TagSetKey? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.Hash == y.Hash && x.Matches(y));

    public int GetHashCode(TagSetKey obj) => obj.Hash;

    public bool Equals(ReadOnlySpan<KeyValuePair<string, object?>> alternate, TagSetKey other) => other.Matches(alternate);

    public int GetHashCode(ReadOnlySpan<KeyValuePair<string, object?>> alternate) => TagSetKey.HashOf(alternate);

    public TagSetKey Create(ReadOnlySpan<KeyValuePair<string, object?>> alternate) => new(alternate);
}
