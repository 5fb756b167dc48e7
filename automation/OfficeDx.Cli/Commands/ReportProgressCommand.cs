using System.CommandLine;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reports;
using OfficeDx.Service.Reports;
using OfficeDx.Storage;
using OfficeDx.Storage.Reports;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>
/// officedx report progress: the annual progress report of a stored plan (report.docx with native charts, report.xlsx with the
/// same figures beside it, and PNG charts with --charts), from the plan and the department workbooks harvested into the store.
/// </summary>
internal static class ReportProgressCommand
{
    public static Command Create()
    {
        var plan = new Option<string>("--plan") { Description = "回収した保存先の計画 store:sqlite:ファイル#計画ID（postgres:接続文字列#計画ID も可）", Required = true };
        var year = new Option<string>("--year") { Description = "報告する年度（2024、令和6年度、R6 など）", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "書き出す報告書（.docx）。同じ名前の .xlsx に数値を書き出します", Required = true };
        var profile = new Option<string?>("--profile") { Description = "書式（省略時は計画の書式）" };
        var charts = new Option<DirectoryInfo?>("--charts") { Description = "グラフの PNG を書き出すフォルダ（コンソール用）" };
        var command = new Command("progress", "施策の進捗状況報告（分野別・施策別の工程と指標の実績、グラフ付き）を作成します。") { plan, year, output, profile, charts };
        command.SetAction(result => CommandActions.Guard(() =>
        {
            try
            {
                return Run(result.GetValue(plan)!, result.GetValue(year)!, result.GetValue(output)!, result.GetValue(profile), result.GetValue(charts));
            }
            catch (Exception e) when (e is StoreException or ProgressReportException)
            {
                Consoles.Error().MarkupError($"{Markup.Escape(e.Message)}");
                return CliApplication.BadInput;
            }
        }));
        return command;
    }

    private static int Run(string planText, string yearText, FileInfo output, string? profileName, DirectoryInfo? charts)
    {
        if (!FiscalYear.TryParse(yearText, out var year))
            throw new ProgressReportException($"--year「{yearText}」を年度として読めません。2024、令和6年度、R6 のように指定してください。");
        if (!output.Name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            throw new ProgressReportException($"--out「{output.Name}」は .docx で終わる名前にしてください。");
        var (location, key) = PlanSource.StoreReference(planText)
            ?? throw new ProgressReportException("進捗状況報告は回収した保存先から作成します。--plan は store:sqlite:out/officedx.db#計画ID のように指定してください。");
        var report = BuildAsync(location, key, year).GetAwaiter().GetResult();
        var profile = ProfileLibrary.Load(profileName ?? report.Plan.Profile);
        output.Directory?.Create();
        File.WriteAllBytes(output.FullName, ProgressReportWriter.Write(report, profile));
        var workbook = Path.ChangeExtension(output.FullName, ".xlsx");
        File.WriteAllBytes(workbook, ProgressWorkbookWriter.Write(report, profile));
        var written = new List<string> { output.FullName, workbook };
        if (charts is not null)
        {
            charts.Create();
            foreach (var chart in ProgressCharts.All(report, profile))
            {
                var path = Path.Combine(charts.FullName, chart.Key + ".png");
                File.WriteAllBytes(path, ChartImages.Png(chart));
                written.Add(path);
            }
        }
        var wording = new ReportWording(profile);
        AnsiConsole.MarkupLine($"{Markup.Escape(report.Plan.Title)} {Markup.Escape(wording.Year(report.Year))}: 施策 {report.Measures.Count()} 件（"
            + string.Join("、", ProgressStatusNames.All.Select(s => $"{s.Label()} {report.Count(s)} 件")) + "）");
        foreach (var path in written.Take(3)) AnsiConsole.MarkupLine($"  {Markup.Escape(path)}");
        if (written.Count > 3) AnsiConsole.MarkupLine($"  ほか PNG {written.Count - 3} 件");
        return CliApplication.Success;
    }

    private static async Task<ProgressReport> BuildAsync(StoreLocation location, string key, FiscalYear year)
    {
        await using var store = await HarvestStore.OpenAsync(location);
        return (await StoredProgress.BuildAsync(store, key, year)).Report;
    }
}
