using System.CommandLine;
using OfficeDx.Core.Json;
using OfficeDx.Documents.Import;
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
        var command = new Command("import", "OfficeDx で作っていない計画（Word 文書・PDF のテキスト）を計画ファイルに取り込みます。") { source, output, profile };
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
            if (imported.Unplaced.Count == 0) return CliApplication.Success;
            error.MarkupLine($"[yellow]計画に入れられなかった箇所が {imported.Unplaced.Count} 件あります[/]:");
            foreach (var problem in imported.Unplaced)
                error.MarkupLine($"  [yellow]{Markup.Escape(problem.Place)}[/]: {Markup.Escape(problem.Message)}");
            return CliApplication.Differences;
        }));
        return command;
    }
}
