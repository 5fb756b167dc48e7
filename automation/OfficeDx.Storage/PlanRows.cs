using System.Data.Common;
using OfficeDx.Core.Model;

namespace OfficeDx.Storage;

/// <summary>Writes one document's plan into the plan tables (plans, areas, measures, schedule, indicators, indicator_values, glossary_terms).</summary>
internal static class PlanRows
{
    public static readonly string[] Tables = ["plans", "areas", "measures", "schedule", "indicators", "indicator_values", "glossary_terms"];

    public static async Task DeleteAsync(DbConnection connection, DbTransaction transaction, string documentId, CancellationToken cancellation)
    {
        foreach (var table in Tables)
            await Sql.ExecuteAsync(connection, transaction, $"DELETE FROM {table} WHERE document_id = @d", cancellation, ("d", documentId));
    }

    /// <summary>Inserts the plan; returns the rows that could not be stored because their key repeats an earlier one (the first one is kept).</summary>
    public static async Task<IReadOnlyList<(string Place, string Message)>> InsertAsync(DbConnection connection, DbTransaction transaction, string documentId, Plan plan, CancellationToken cancellation)
    {
        var statements = new List<(string Sql, (string, object?)[] Values, string Place, string What)>();
        void Insert(string sql, string place, string what, params (string, object?)[] values) => statements.Add((sql, [("d", documentId), .. values], place, what));

        Insert("INSERT INTO plans (document_id, plan_id, municipality, title, edition, profile, period_from, period_to) VALUES (@d, @id, @m, @t, @e, @p, @f, @to)",
            "計画", "計画",
            ("id", plan.Id), ("m", plan.Municipality), ("t", plan.Title), ("e", plan.Edition), ("p", plan.Profile), ("f", plan.Period.From.StartYear), ("to", plan.Period.To.StartYear));

        var areaOrdinal = 0;
        var measureOrdinal = 0;
        void WriteArea(Area area, string? parent)
        {
            Insert("INSERT INTO areas (document_id, area_id, parent_area_id, ordinal, number, title) VALUES (@d, @a, @pa, @o, @n, @t) ON CONFLICT DO NOTHING",
                $"分野 {area.Id}", $"分野 ID「{area.Id}」",
                ("a", area.Id), ("pa", parent), ("o", areaOrdinal++), ("n", area.Number), ("t", area.Title));
            foreach (var measure in area.Measures) WriteMeasure(area, measure);
            foreach (var child in area.Areas) WriteArea(child, area.Id);
        }

        void WriteMeasure(Area area, Measure measure)
        {
            var place = $"施策 {measure.Id}";
            Insert("""
                INSERT INTO measures (document_id, measure_id, area_id, ordinal, number, name, state, issues, overview, main_actions, departments, notes)
                VALUES (@d, @m, @a, @o, @n, @name, @s, @i, @ov, @ma, @dep, @notes) ON CONFLICT DO NOTHING
                """, place, $"施策 ID「{measure.Id}」",
                ("m", measure.Id), ("a", area.Id), ("o", measureOrdinal++), ("n", measure.Number), ("name", measure.Name),
                ("s", measure.State.ToString().ToLowerInvariant()), ("i", measure.Issues), ("ov", measure.Overview),
                ("ma", ListColumns.Write(measure.MainActions)), ("dep", ListColumns.Write(measure.Departments)),
                ("notes", ListColumns.WriteNotes(measure.Notes)));
            foreach (var entry in measure.Schedule)
            {
                Insert("INSERT INTO schedule (document_id, measure_id, fiscal_year, phase, caption) VALUES (@d, @m, @y, @p, @c) ON CONFLICT DO NOTHING",
                    $"{place} 工程表 {entry.FiscalYear.StartYear}", $"{entry.FiscalYear.StartYear} 年度の工程",
                    ("m", measure.Id), ("y", entry.FiscalYear.StartYear), ("p", entry.Phase.Id()), ("c", entry.Caption));
            }
            for (var i = 0; i < measure.Indicators.Count; i++)
            {
                var indicator = measure.Indicators[i];
                var no = i + 1;
                Insert("INSERT INTO indicators (document_id, measure_id, indicator_no, name) VALUES (@d, @m, @no, @n) ON CONFLICT DO NOTHING",
                    $"{place} 指標 {no}", "指標", ("m", measure.Id), ("no", no), ("n", indicator.Name));
                var values = new List<(string Kind, IndicatorValue Value)>();
                if (indicator.Baseline is { } baseline) values.Add(("baseline", baseline));
                values.AddRange(indicator.Targets.Select(t => ("target", t)));
                values.AddRange(indicator.Actuals.Select(a => ("actual", a)));
                for (var v = 0; v < values.Count; v++)
                {
                    var (kind, value) = values[v];
                    Insert("INSERT INTO indicator_values (document_id, measure_id, indicator_no, kind, fiscal_year, ordinal, value) VALUES (@d, @m, @no, @k, @y, @o, @v) ON CONFLICT DO NOTHING",
                        $"{place} 指標 {no} {kind} {value.FiscalYear.StartYear}", $"{value.FiscalYear.StartYear} 年度の値",
                        ("m", measure.Id), ("no", no), ("k", kind), ("y", value.FiscalYear.StartYear), ("o", v), ("v", value.Value));
                }
            }
        }

        foreach (var area in plan.Areas) WriteArea(area, null);
        var termOrdinal = 0;
        foreach (var term in plan.Glossary)
        {
            Insert("""
                INSERT INTO glossary_terms (document_id, term, ordinal, reading, expansion, definition, variants, marker, first_use)
                VALUES (@d, @t, @o, @r, @e, @def, @v, @mk, @f) ON CONFLICT DO NOTHING
                """, $"用語集 {term.Term}", $"用語「{term.Term}」",
                ("t", term.Term), ("o", termOrdinal++), ("r", term.Reading), ("e", term.Expansion), ("def", term.Definition), ("v", ListColumns.Write(term.Variants)), ("mk", term.Marker), ("f", term.FirstUse));
        }
        var affected = await ExecuteAsync(connection, transaction, statements.Select(st => (st.Sql, st.Values)).ToList(), cancellation);
        return statements.Zip(affected)
            .Where(pair => pair.Second == 0)
            .Select(pair => (pair.First.Place, $"{pair.First.What}が重複しているため、2 つ目以降は保存していません。"))
            .ToList();
    }

    /// <summary>
    /// Runs the statements in order and returns the rows each affected. Where the provider batches (PostgreSQL), one round
    /// trip carries them all — a document's hundreds of rows would otherwise cost hundreds of round trips.
    /// </summary>
    internal static async Task<IReadOnlyList<int>> ExecuteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<(string Sql, (string, object?)[] Values)> statements, CancellationToken cancellation)
    {
        if (!connection.CanCreateBatch) return await ExecuteOneByOneAsync(connection, transaction, statements, cancellation);
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var (sql, values) in statements)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            foreach (var (name, value) in values)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            batch.BatchCommands.Add(command);
        }
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(cancellation);
        return batch.BatchCommands.Select(c => c.RecordsAffected).ToList();
    }

    /// <summary>
    /// Without batching (SQLite), one command per statement text, its parameters set anew for each row: SQLite compiles a statement
    /// once per command, and a document's ~1,300 rows share seven texts.
    /// </summary>
    private static async Task<IReadOnlyList<int>> ExecuteOneByOneAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<(string Sql, (string, object?)[] Values)> statements, CancellationToken cancellation)
    {
        var counts = new List<int>(statements.Count);
        var commands = new Dictionary<string, DbCommand>(StringComparer.Ordinal);
        try
        {
            foreach (var (sql, values) in statements)
            {
                if (!commands.TryGetValue(sql, out var command)) commands[sql] = command = Sql.Command(connection, transaction, sql, values);
                else
                    foreach (var (name, value) in values) command.Parameters["@" + name].Value = value ?? DBNull.Value;
                counts.Add(await command.ExecuteNonQueryAsync(cancellation));
            }
        }
        finally
        {
            foreach (var command in commands.Values) await command.DisposeAsync();
        }
        return counts;
    }
}
