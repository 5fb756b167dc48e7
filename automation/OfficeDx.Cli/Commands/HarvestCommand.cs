using System.CommandLine;
using OfficeDx.Core.Json;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Reading;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx harvest: .docx made by OfficeDx → plan.json, reporting every table it could not read.</summary>
internal static class HarvestCommand
{
    public static Command Create()
    {
        var document = new Argument<FileInfo?>("document") { Description = "回収する Word 文書（.docx）", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<FileInfo?>("--out") { Description = CliMessages.PlanOutOption };
        var from = new Option<string?>("--source") { Description = "回収元: sharepoint:テナント.sharepoint.com/sites/サイト/ライブラリ/フォルダ またはフォルダ（保存先へ取り込みます）" };
        var store = new Option<string>("--store") { Description = "保存先: sqlite:ファイル または postgres:接続文字列", DefaultValueFactory = _ => StoreHarvest.DefaultStore };
        var export = new Option<DirectoryInfo?>("--export") { Description = "取り込み後に plans.json・CSV・summary.xlsx を書き出すフォルダ" };
        var sink = new Option<string?>("--sink") { Description = "取り込み後に施策と指標の進捗を書き込む SharePoint リスト: sharepoint-list:テナント.sharepoint.com/sites/サイト/リスト名" };
        var command = new Command("harvest", "OfficeDx で作成した Word 文書から計画ファイルを回収します。--source を付けるとフォルダや SharePoint のライブラリをまとめて保存先へ取り込みます。") { document, output, from, store, export, sink };
        command.SetAction(result => CommandActions.Guard(() =>
        {
            if (result.GetValue(from) is { } sourceText)
            {
                if (result.GetValue(document) is not null) return StoreHarvest.Usage("文書と --source は同時に指定できません。");
                return StoreHarvest.Run(sourceText, result.GetValue(store)!, result.GetValue(export), result.GetValue(sink));
            }
            if (result.GetValue(sink) is not null) return StoreHarvest.Usage("--sink は --source と一緒に指定してください。");
            if (result.GetValue(document) is not { } source) return StoreHarvest.Usage("回収する Word 文書か、--source（フォルダまたは sharepoint:…）を指定してください。");
            var harvest = PlanDocumentReader.Read(source.FullName);
            var json = PlanJson.Serialize(harvest.Plan);
            if (result.GetValue(output) is { } target)
            {
                target.Directory?.Create();
                File.WriteAllText(target.FullName, json);
                AnsiConsole.MarkupLine($"[green]回収しました[/] {Markup.Escape(target.FullName)}（施策 {harvest.Plan.AllMeasures().Count()} 件）");
            }
            else
            {
                Console.Out.Write(json);
            }
            return ReportProblems(harvest.Problems);
        }));
        return command;
    }

    internal static int ReportProblems(IReadOnlyList<DocumentProblem> problems)
    {
        if (problems.Count == 0) return CliApplication.Success;
        var error = Consoles.Error();
        error.MarkupLine($"[yellow]読み込めなかった箇所が {problems.Count} 件あります[/]:");
        foreach (var problem in problems)
            error.MarkupLine($"  [yellow]{Markup.Escape(problem.Place)}[/]: {Markup.Escape(problem.Message)}");
        return CliApplication.Differences;
    }
}
