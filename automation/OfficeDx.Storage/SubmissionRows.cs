using System.Data.Common;
using OfficeDx.Storage.Workbooks;

namespace OfficeDx.Storage;

/// <summary>
/// Writes one workbook's values into the submissions table as upserts keyed by (document, measure, field, indicator, fiscal year):
/// an unchanged value keeps its row and its harvested_at, a changed one is updated, one no longer in the workbook is deleted.
/// </summary>
internal static class SubmissionRows
{
    public const string Table = "submissions";

    public static Task DeleteAsync(DbConnection connection, DbTransaction transaction, string documentId, CancellationToken cancellation) =>
        Sql.ExecuteAsync(connection, transaction, "DELETE FROM submissions WHERE document_id = @d", cancellation, ("d", documentId));

    public static async Task SaveAsync(DbConnection connection, DbTransaction transaction, string documentId, WorkbookSubmission submission, string now, CancellationToken cancellation)
    {
        var stored = new List<(string, string, int, int)>();
        await using (var command = Sql.Command(connection, transaction,
                         "SELECT measure_id, field, indicator_no, fiscal_year FROM submissions WHERE document_id = @d", ("d", documentId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
                stored.Add((Sql.Text(reader, 0)!, Sql.Text(reader, 1)!, (int)Sql.Long(reader, 2), (int)Sql.Long(reader, 3)));
        }
        var kept = submission.Values.Select(v => v.Key).ToHashSet();
        var statements = new List<(string Sql, (string, object?)[] Values)>();
        foreach (var (measure, field, indicator, year) in stored.Where(key => !kept.Contains(key)))
        {
            statements.Add(("DELETE FROM submissions WHERE document_id = @d AND measure_id = @m AND field = @f AND indicator_no = @n AND fiscal_year = @y",
                [("d", documentId), ("m", measure), ("f", field), ("n", indicator), ("y", year)]));
        }
        foreach (var value in submission.Values)
        {
            // The WHERE keeps an unchanged row untouched, harvested_at included: harvesting the same workbook twice changes nothing.
            statements.Add(("""
                INSERT INTO submissions (document_id, plan_id, edition, department, measure_id, field, indicator_no, fiscal_year, value, place, harvested_at)
                VALUES (@d, @p, @e, @dep, @m, @f, @n, @y, @v, @pl, @t)
                ON CONFLICT (document_id, measure_id, field, indicator_no, fiscal_year) DO UPDATE SET
                  plan_id = excluded.plan_id, edition = excluded.edition, department = excluded.department, value = excluded.value,
                  place = excluded.place, harvested_at = excluded.harvested_at
                WHERE submissions.value <> excluded.value OR submissions.plan_id <> excluded.plan_id OR submissions.edition <> excluded.edition
                  OR submissions.department <> excluded.department OR submissions.place <> excluded.place
                """,
                [("d", documentId), ("p", submission.PlanId), ("e", submission.Edition), ("dep", submission.Department), ("m", value.MeasureId),
                 ("f", value.Field), ("n", value.IndicatorNo), ("y", value.FiscalYear), ("v", value.Value), ("pl", value.Place), ("t", now)]));
        }
        await PlanRows.ExecuteAsync(connection, transaction, statements, cancellation);
    }
}
