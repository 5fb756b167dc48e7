namespace OfficeDx.Storage;

/// <summary>
/// Every row of the data tables as text lines, sorted, leaving out when and by which run a row was written: two stores
/// holding the same data give the same lines whatever order, database or number of runs produced them.
/// </summary>
public static class StoreContents
{
    private static readonly (string Table, string Columns)[] Tables =
    [
        ("sources", "source, delta_link, folder_ids"),
        ("documents", "document_id, source, item_id, path, etag, size, deleted, problem_count"),
        ("plans", "document_id, plan_id, municipality, title, edition, profile, period_from, period_to"),
        ("areas", "document_id, area_id, parent_area_id, ordinal, number, title"),
        ("measures", "document_id, measure_id, area_id, ordinal, number, name, state, issues, overview, main_actions, departments, notes"),
        ("schedule", "document_id, measure_id, fiscal_year, phase, caption"),
        ("indicators", "document_id, measure_id, indicator_no, name"),
        ("indicator_values", "document_id, measure_id, indicator_no, kind, fiscal_year, ordinal, value"),
        ("glossary_terms", "document_id, term, ordinal, reading, expansion, definition, variants, marker, first_use"),
        ("submissions", "document_id, plan_id, edition, department, measure_id, field, indicator_no, fiscal_year, value, place"),
    ];

    public static async Task<IReadOnlyList<string>> DumpAsync(HarvestStore store, CancellationToken cancellation = default)
    {
        var lines = new List<string>();
        foreach (var (table, columns) in Tables)
        {
            foreach (var row in await store.QueryAsync($"SELECT {columns} FROM {table}", cancellation))
                lines.Add(table + "|" + string.Join("|", row.Select(v => v is null ? "∅" : v.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\n", "\\n"))));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
