using System.CommandLine;
using OfficeDx.Core.Json;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Profiles;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx excel collect: returned workbooks → plan.next.json plus a report of every entry; exit 1 when anything was not accepted.</summary>
internal static class ExcelCollectCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("files") { Description = "回収する様式（.xlsx）またはそれを入れたフォルダー", Arity = ArgumentArity.OneOrMore };
        var plan = new Option<FileInfo>("--plan") { Description = "様式を作った計画ファイル（plan.json）", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "反映後の計画ファイル（plan.next.json）", Required = true };
        var report = new Option<FileInfo>("--report") { Description = "回収結果の報告（.json / .csv / .xlsx）", Required = true };
        var profile = new Option<string?>("--profile") { Description = CliMessages.ProfileOption };
        var command = new Command("collect", "記入された Excel 様式を回収し、計画に反映します。反映しなかった記入はすべて報告に載ります。")
        {
            inputs, plan, output, report, profile,
        };
        command.SetAction(result => CommandActions.Guard(() =>
        {
            var error = Consoles.Error();
            var reportFile = result.GetValue(report)!;
            if (!CollectReportWriter.Extensions.Contains(reportFile.Extension.ToLowerInvariant()))
            {
                error.MarkupError($"--report {Markup.Escape(reportFile.Name)}: 報告の形式は拡張子 .json・.csv・.xlsx のどれかで指定してください。");
                return CliApplication.BadInput;
            }
            var loaded = PlanFile.Load(result.GetValue(plan)!.FullName);
            var style = CommandProfiles.Choose(result.GetValue(profile), loaded);
            var files = ExcelCollector.ExpandPaths(result.GetValue(inputs)!);
            var collected = ExcelCollector.Collect(loaded, style, files);

            var target = result.GetValue(output)!;
            target.Directory?.Create();
            File.WriteAllText(target.FullName, PlanJson.Serialize(collected.Plan));
            reportFile.Directory?.Create();
            CollectReportWriter.Write(collected.Report, reportFile.FullName);

            var counts = collected.Report.GroupBy(e => e.Status).ToDictionary(g => g.Key, g => g.Count());
            AnsiConsole.MarkupLine($"[green]回収しました[/] ブック {files.Count} 件 → {Markup.Escape(target.FullName)}、報告 {Markup.Escape(reportFile.FullName)}");
            AnsiConsole.MarkupLine(string.Join("　", Enum.GetValues<ReportStatus>().Select(s => $"{s.Label()} {counts.GetValueOrDefault(s)} 件")));
            var notAccepted = collected.NotAccepted.ToArray();
            if (notAccepted.Length == 0) return CliApplication.Success;
            error.MarkupLine($"[yellow]反映しなかった記入が {notAccepted.Length} 件あります[/]:");
            foreach (var entry in notAccepted)
                error.MarkupLine($"  [yellow]{Markup.Escape(entry.Status.Label())}[/] {Markup.Escape(Path.GetFileName(entry.File))} {Markup.Escape(entry.Place)}: {Markup.Escape(entry.Message)}");
            return CliApplication.Differences;
        }));
        return command;
    }
}
