namespace ErpNext.Fake.Query;

internal sealed record SortKey(ResolvedColumn Column, bool Descending);
