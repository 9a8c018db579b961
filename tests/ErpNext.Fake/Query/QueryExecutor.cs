using ErpNext.Fake.Data;

namespace ErpNext.Fake.Query;

/// <summary>Runs a <see cref="ListQuery"/>: join, filter, order (or shuffle), page.</summary>
internal static class QueryExecutor
{
    /// <summary>The page of matching rows; <paramref name="shuffleSeed"/> seeds the order used when there is no order_by.</summary>
    public static IReadOnlyList<QueryRow> Execute(ListQuery query, FixtureData data, int shuffleSeed)
    {
        var matched = new List<QueryRow>();
        foreach (var row in Source(query, data))
        {
            if (query.Filters.All(f => f.Test(row)) && (query.OrFilters.Count == 0 || query.OrFilters.Any(f => f.Test(row))))
            {
                matched.Add(row);
            }
        }

        // Like MariaDB, rows that tie on the order_by keys (or all rows, without one) come in no particular order:
        // shuffle first, then sort stably, so paging on a non-unique order_by misbehaves here as it does there.
        var shuffled = Shuffle(matched, shuffleSeed);
        IReadOnlyList<QueryRow> ordered = query.Order is { } order ? [.. shuffled.Order(new RowComparer(order))] : shuffled;
        if (query.PageLength is not { } length)
        {
            return ordered;
        }

        return [.. ordered.Skip(query.Start).Take(length)];
    }

    private static IEnumerable<QueryRow> Source(ListQuery query, FixtureData data)
    {
        if (query.Main.IsChild)
        {
            return data.ParentOf(query.Main.Name) is { } parent
                && string.Equals(parent.Parent.Name, query.ParentDoctype, StringComparison.OrdinalIgnoreCase)
                ? data.Documents(parent.Parent.Name).SelectMany(p => p.ChildRows(parent.TableField)).Select(c => new QueryRow(c, null))
                : [];
        }

        var documents = Candidates(query, data);
        if (query.ChildTableField is not { } table)
        {
            return documents.Select(d => new QueryRow(d, null));
        }

        return documents.SelectMany(d => d.ChildRows(table) is { Count: > 0 } rows
            ? rows.Select(c => new QueryRow(d, c))
            : [new QueryRow(d, null)]);
    }

    /// <summary>An equality/in filter on a text column of the main doctype narrows the scan through an index.</summary>
    private static IEnumerable<Document> Candidates(ListQuery query, FixtureData data)
    {
        var indexed = query.Filters.FirstOrDefault(f => f.EqualityKeys is not null && !f.Column.FromChild);
        if (indexed is null)
        {
            return ChildIndexed(query, data) ?? data.Documents(query.Main.Name);
        }

        var index = data.IndexOf(query.Main.Name, indexed.Column.Field.Name);
        return indexed.EqualityKeys!.Distinct(StringComparer.OrdinalIgnoreCase).SelectMany(k => index[k.TrimEnd()]).Distinct();
    }

    /// <summary>
    /// An equality/in filter on a text column of the joined child table (e.g. <c>Purchase Order Item.item_code in (...)</c>)
    /// narrows the parents through an index of child rows, in document order, so the rows are the full scan's.
    /// Null when there is no such filter, or when it asks for empty values (which parents without child rows match).
    /// </summary>
    private static IEnumerable<Document>? ChildIndexed(ListQuery query, FixtureData data)
    {
        var filter = query.ChildTableField is null
            ? null
            : query.Filters.FirstOrDefault(f => f.EqualityKeys is not null && f.Column.FromChild);
        if (filter is null || filter.EqualityKeys!.Any(k => k.TrimEnd().Length == 0))
        {
            return null;
        }

        var index = data.ParentIndexOf(query.Main.Name, query.ChildTableField!, filter.Column.Field.Name);
        var wanted = filter.EqualityKeys!.SelectMany(k => index[k.TrimEnd()]).ToHashSet(ReferenceEqualityComparer.Instance);
        return data.Documents(query.Main.Name).Where(wanted.Contains);
    }

    /// <summary>Deterministic for a seed, and never the natural order, so clients that rely on it fail every time.</summary>
    private static List<QueryRow> Shuffle(List<QueryRow> rows, int seed)
    {
        var shuffled = new List<QueryRow>(rows);
        var random = new Random(seed);
        for (var i = shuffled.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        if (shuffled.Count > 1 && shuffled.SequenceEqual(rows))
        {
            (shuffled[0], shuffled[1]) = (shuffled[1], shuffled[0]);
        }

        return shuffled;
    }

    private sealed class RowComparer(IReadOnlyList<SortKey> keys) : IComparer<QueryRow>
    {
        public int Compare(QueryRow x, QueryRow y)
        {
            foreach (var key in keys)
            {
                var result = ValueComparer.CompareForSort(x.Value(key.Column), y.Value(key.Column), key.Column.Field.Type);
                if (result != 0)
                {
                    return key.Descending ? -result : result;
                }
            }

            return 0;
        }
    }
}
