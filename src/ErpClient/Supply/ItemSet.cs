namespace Promise.ErpClient.Supply;

/// <summary>The normalized item codes of a request, sorted (ordinal) and distinct: the key of a reusable snapshot.</summary>
internal readonly struct ItemSet : IEquatable<ItemSet>
{
    private readonly int _hash;

    public ItemSet(string[] sortedKeys)
    {
        Keys = sortedKeys;
        var hash = default(HashCode);
        foreach (var key in sortedKeys)
        {
            hash.Add(key, StringComparer.Ordinal);
        }

        _hash = hash.ToHashCode();
    }

    public string[] Keys { get; }

    public bool Equals(ItemSet other) => ReferenceEquals(Keys, other.Keys) || Keys.AsSpan().SequenceEqual(other.Keys);

    public override bool Equals(object? obj) => obj is ItemSet other && Equals(other);

    public override int GetHashCode() => _hash;
}
