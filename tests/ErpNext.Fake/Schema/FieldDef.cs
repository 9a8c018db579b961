namespace ErpNext.Fake.Schema;

/// <summary>
/// One column of a doctype; <paramref name="Default"/> is what Frappe stores when the fixture omits it,
/// <paramref name="LinkTo"/> the doctype a Link column points at (needed for tree operators).
/// </summary>
internal sealed record FieldDef(string Name, FieldType Type, object? Default = null, string? LinkTo = null)
{
    /// <summary>Numbers and flags never come back null: Frappe columns for them are NOT NULL DEFAULT 0.</summary>
    public object? EffectiveDefault { get; } = Default ?? Type switch
    {
        FieldType.Float => 0.0,
        FieldType.Int or FieldType.Check => 0L,
        _ => null,
    };

    public bool IsNumeric => Type is FieldType.Float or FieldType.Int or FieldType.Check;
}
