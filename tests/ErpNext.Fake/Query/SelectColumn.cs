namespace ErpNext.Fake.Query;

/// <summary>One output key of a list row: the bare field name or its alias.</summary>
internal sealed record SelectColumn(string Key, ResolvedColumn Column);
