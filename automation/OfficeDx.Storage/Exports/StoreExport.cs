using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeDx.Core.Json;

namespace OfficeDx.Storage.Exports;

/// <summary>
/// Exports the store: plans.json (every plan in the plan-file format, with its document), submissions.json (the departments'
/// workbook values), CSV per table, and summary.xlsx.
/// </summary>
public static class StoreExport
{
    public static async Task<IReadOnlyList<FileInfo>> WriteAllAsync(HarvestStore store, DirectoryInfo folder, CancellationToken cancellation = default)
    {
        folder.Create();
        var plans = await StoredPlans.LoadAsync(store, cancellation);
        var files = new List<string>();

        var json = new JsonArray(plans.Select(p => (JsonNode)new JsonObject
        {
            ["source"] = p.Source,
            ["path"] = p.Path,
            ["plan"] = JsonNode.Parse(PlanJson.Serialize(p.Plan)),
        }).ToArray());
        var jsonPath = Path.Combine(folder.FullName, "plans.json");
        await File.WriteAllTextAsync(jsonPath, json.ToJsonString(PlanJson.Options) + "\n", new UTF8Encoding(false), cancellation);
        files.Add(jsonPath);

        var submissions = await StoredSubmissions.LoadAsync(store, cancellation);
        var submissionsPath = Path.Combine(folder.FullName, "submissions.json");
        await File.WriteAllTextAsync(submissionsPath, SubmissionsJson(submissions) + "\n", new UTF8Encoding(false), cancellation);
        files.Add(submissionsPath);

        ExportTable[] tables = [ExportTables.Measures(plans), ExportTables.Schedule(plans), ExportTables.Indicators(plans), ExportTables.Submissions(submissions)];
        string[] names = ["measures.csv", "schedule.csv", "indicators.csv", "submissions.csv"];
        for (var i = 0; i < tables.Length; i++)
        {
            var path = Path.Combine(folder.FullName, names[i]);
            CsvExport.Write(tables[i], path);
            files.Add(path);
        }
        var xlsx = Path.Combine(folder.FullName, "summary.xlsx");
        XlsxExport.Write(tables, xlsx);
        files.Add(xlsx);
        return files.Select(f => new FileInfo(f)).ToList();
    }

    private static string SubmissionsJson(IReadOnlyList<StoredSubmission> submissions) =>
        new JsonArray(submissions.Select(s => (JsonNode)new JsonObject
        {
            ["path"] = s.Path,
            ["planId"] = s.PlanId,
            ["edition"] = s.Edition,
            ["department"] = s.Department,
            ["measureId"] = s.MeasureId,
            ["field"] = s.Field,
            ["indicator"] = s.IndicatorNo,
            ["fiscalYear"] = s.FiscalYear?.StartYear,
            ["value"] = s.Value,
            ["place"] = s.Place,
            ["kind"] = s.Kind.ToString().ToLowerInvariant(),
            ["harvestedAt"] = s.HarvestedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        }).ToArray()).ToJsonString(PlanJson.Options);
}
