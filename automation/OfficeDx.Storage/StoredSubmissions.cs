using System.Globalization;
using OfficeDx.Core.Time;

namespace OfficeDx.Storage;

/// <summary>Reads the department workbooks' values back out of the store, in plan, measure, field, indicator and year order.</summary>
public static class StoredSubmissions
{
    public static async Task<IReadOnlyList<StoredSubmission>> LoadAsync(HarvestStore store, CancellationToken cancellation = default)
    {
        var rows = await store.QueryAsync("""
            SELECT s.document_id, d.path, s.plan_id, s.edition, s.department, s.measure_id, s.field, s.indicator_no, s.fiscal_year, s.value, s.place, s.harvested_at
            FROM submissions s JOIN documents d ON d.document_id = s.document_id WHERE d.deleted = 0
            """, cancellation);
        return rows
            .Select(r => new StoredSubmission(r[0]!, r[1]!, r[2]!, r[3]!, r[4]!, r[5]!, r[6]!,
                Int(r[7]) is var n and > 0 ? n : null,
                Int(r[8]) is var y and > 0 ? new FiscalYear(y) : null,
                r[9]!, r[10]!,
                DateTimeOffset.Parse(r[11]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)))
            .OrderBy(s => s.PlanId, StringComparer.Ordinal).ThenBy(s => s.MeasureId, StringComparer.Ordinal).ThenBy(s => s.Field, StringComparer.Ordinal)
            .ThenBy(s => s.IndicatorNo ?? 0).ThenBy(s => s.FiscalYear?.StartYear ?? 0).ThenBy(s => s.Department, StringComparer.Ordinal)
            .ThenBy(s => s.Path, StringComparer.Ordinal)
            .ToList();
    }

    private static int Int(string? text) => int.Parse(text!, CultureInfo.InvariantCulture);
}
