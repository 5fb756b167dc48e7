using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeDx.Core.Json;

namespace OfficeDx.Storage.Exports;

/// <summary>Exports the store's plans: plans.json (every plan in the plan-file format, with its document), CSV per table, and summary.xlsx.</summary>
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

        ExportTable[] tables = [ExportTables.Measures(plans), ExportTables.Schedule(plans), ExportTables.Indicators(plans)];
        string[] names = ["measures.csv", "schedule.csv", "indicators.csv"];
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
}
