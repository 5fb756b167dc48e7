using System.CommandLine;
using OfficeDx.Core.Json;
using OfficeDx.Documents.Import;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx import: a Word plan OfficeDx never touched (.docx) or PDF-extracted text (.txt) → plan.json, with a report of what could not be placed.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var source = new Argument<FileInfo>("file") { Description = "取り込む計画（手で作られた Word 文書 .docx、または PDF から抜き出したテキスト .txt）" };
        var output = new Option<FileInfo?>("--out") { Description = "書き出す計画ファイル（省略時は標準出力）" };
        var profile = new Option<string?>("--profile") { Description = "プロファイル名またはプロファイルファイル（省略時は最も合うものを選びます）" };
        var report = new Option<FileInfo?>("--report") { Description = "取り込みの報告を書き出す JSON ファイル（同じ名前の .txt も書きます）。読み込まなかった箇所と推測で読んだ箇所をすべて載せます" };
        var command = new Command("import", "OfficeDx で作っていない計画（Word 文書・PDF のテキスト）を計画ファイルに取り込みます。読み込まなかった箇所があれば終了コード 1。") { source, output, profile, report };
        command.SetAction(result => CommandActions.Guard(() =>
        {
            var file = result.GetValue(source)!;
            var style = result.GetValue(profile) is { } name ? ProfileLibrary.Load(name) : null;
            var imported = file.Extension.Equals(".txt", StringComparison.OrdinalIgnoreCase)
                ? PlanTextImporter.Import(file.FullName, style)
                : LegacyDocumentImporter.Import(file.FullName, style);
            var error = Consoles.Error();
            error.MarkupLine($"プロファイル [bold]{Markup.Escape(imported.Profile.Name)}[/] で読みました: {Markup.Escape(imported.ProfileReason)}");
            var plan = imported.Plan;
            var json = PlanJson.Serialize(plan);
            var areas = plan.AllAreas().Count();
            var measures = plan.AllMeasures().Count();
            var indicators = plan.AllMeasures().Sum(m => m.Indicators.Count);
            if (result.GetValue(output) is { } target)
            {
                target.Directory?.Create();
                File.WriteAllText(target.FullName, json);
                AnsiConsole.MarkupLine($"[green]取り込みました[/] {Markup.Escape(target.FullName)}（分野 {areas} 件、施策 {measures} 件、指標 {indicators} 件、用語 {plan.Glossary.Count} 件）");
            }
            else
            {
                Console.Out.Write(json);
            }
            var lost = imported.Unplaced.Where(p => p.Kind == DocumentProblemKind.Lost).ToArray();
            var uncertain = imported.Unplaced.Count(p => p.Kind == DocumentProblemKind.Uncertain);
            if (result.GetValue(report) is { } reportFile)
            {
                var textPath = ImportReport.Write(imported, file.Name, reportFile.FullName);
                error.MarkupLine($"報告を書きました {Markup.Escape(reportFile.FullName)}、{Markup.Escape(textPath)}（読み込まなかった箇所 {lost.Length} 件、推測で読んだ箇所 {uncertain} 件）");
            }
            else if (uncertain > 0)
            {
                error.MarkupLine($"推測で読んだ箇所が {uncertain} 件あります（一覧は --report report.json で書き出せます）。");
            }
            if (lost.Length == 0) return CliApplication.Success;
            error.MarkupLine($"[yellow]計画に入れられなかった箇所が {lost.Length} 件あります[/]:");
            LostPlacesOnScreen.Write(error, lost);
            return CliApplication.Differences;
        }));
        return command;
    }
}
