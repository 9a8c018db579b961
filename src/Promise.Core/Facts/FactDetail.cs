namespace Promise.Core.Facts;

/// <summary>The rarely set fields of a <see cref="PromiseFact"/>: immutable, so copies of a fact may share it.</summary>
internal sealed record FactDetail(string? Warehouse, string? PoId, string? Name, decimal? Qty, TimeOnly? Time)
{
    /// <summary>A detail with these fields, or null when every field is null (so equal facts stay equal).</summary>
    public static FactDetail? With(string? warehouse, string? poId, string? name, decimal? qty, TimeOnly? time)
    {
        return warehouse is null && poId is null && name is null && qty is null && time is null
            ? null
            : new FactDetail(warehouse, poId, name, qty, time);
    }
}
