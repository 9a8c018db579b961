using ErpNext.Fake.Schema;

namespace ErpNext.Fake.Query;

/// <summary>
/// A column of the queried doctype, or (when <paramref name="FromChild"/>) of the joined child table;
/// <paramref name="Ordinal"/> is its position in that doctype's value arrays.
/// </summary>
internal sealed record ResolvedColumn(bool FromChild, FieldDef Field, int Ordinal);
