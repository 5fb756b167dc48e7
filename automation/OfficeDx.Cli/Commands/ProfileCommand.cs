using System.CommandLine;
using OfficeDx.Documents.Import;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx profile infer / check: proposes a city's profile from one of its documents, or tries one, and lists everything left unread.</summary>
internal static class ProfileCommand
{
    public static Command Create() => new("profile", "プロファイル（自治体の様式）を文書から提案し、文書で試します。")
    {
        InferCommand(),
        CheckCommand(),
    };

    private static Command InferCommand()
    {
        var source = new Argument<FileInfo>("file") { Description = "その自治体の計画（手で作られた Word 文書 .docx、または PDF から抜き出したテキスト .txt）" };
        var output = new Option<FileInfo>("--out") { Description = "書き出すプロファイル（city.json）", Required = true };
        var command = new Command("infer", "計画から行の見出し・施策名の場所・番号・スケジュールの形・指標の並べ方を読み取ってプロファイルを提案し、それで取り込んだ結果を示します。決められなかったことも示します。") { source, output };
        command.SetAction(result => CommandActions.Guard(() =>
        {
            var file = result.GetValue(source)!;
            if (!file.Exists) throw new DocumentOpenException(file.FullName, "ファイルが見つかりません。パスを確認してください。");
            var target = result.GetValue(output)!;
            var name = Path.GetFileNameWithoutExtension(target.Name);
            var inferred = ProfileInference.FromFile(file.FullName, name);
            target.Directory?.Create();
            File.WriteAllText(target.FullName, inferred.Json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
            AnsiConsole.MarkupLine($"[green]プロファイルを提案しました[/] {Markup.Escape(target.FullName)}");
            foreach (var line in inferred.Decided) AnsiConsole.MarkupLine($"  {Markup.Escape(line)}");
            if (inferred.Undecided.Count > 0)
            {
                AnsiConsole.MarkupLine($"[yellow]決められなかったこと {inferred.Undecided.Count} 件[/]（既定のままです。docs/profiles.md を見て直してください）:");
                foreach (var line in inferred.Undecided) AnsiConsole.MarkupLine($"  [yellow]{Markup.Escape(line)}[/]");
            }
            return Report(ProfileLibrary.Load(target.FullName), file);
        }));
        return command;
    }

    private static Command CheckCommand()
    {
        var profile = new Argument<string>("profile") { Description = "試すプロファイル（.json ファイルか名前）" };
        var source = new Argument<FileInfo>("file") { Description = "その自治体の計画（手で作られた Word 文書 .docx、または PDF から抜き出したテキスト .txt）" };
        var command = new Command("check", "プロファイルで計画を取り込み、読めた施策の数と空の欄、読み込まなかった表・段落をすべて示します。読み込まなかった箇所があれば終了コード 1。") { profile, source };
        command.SetAction(result => CommandActions.Guard(() =>
        {
            var file = result.GetValue(source)!;
            if (!file.Exists) throw new DocumentOpenException(file.FullName, "ファイルが見つかりません。パスを確認してください。");
            return Report(ProfileLibrary.Load(result.GetValue(profile)!), file);
        }));
        return command;
    }

    /// <summary>Imports the document with the profile and prints what was read, the empty fields and every table or paragraph left unread.</summary>
    private static int Report(Documents.Profiles.Profile style, FileInfo file)
    {
        {
            var imported = PlanImport.Read(file.FullName, style);
            var measures = imported.Plan.AllMeasures().ToArray();
            AnsiConsole.MarkupLine($"プロファイル [bold]{Markup.Escape(style.Name)}[/] で {Markup.Escape(file.Name)} を読みました。");
            AnsiConsole.MarkupLine($"分野 {imported.Plan.AllAreas().Count()} 件、施策 {measures.Length} 件、バー {measures.Sum(m => m.Tracks.Sum(t => t.Spans.Count))} 本、指標 {measures.Sum(m => m.Indicators.Count)} 件、用語 {imported.Plan.Glossary.Count} 件");
            AnsiConsole.MarkupLine("空の欄: " + Markup.Escape(string.Join("、", ImportReport.EmptyFields(measures).Select(f => $"{f.Key} {f.Value} 件"))));
            var lost = imported.Unplaced.Where(p => p.Kind == DocumentProblemKind.Lost).ToArray();
            var uncertain = imported.Unplaced.Count(p => p.Kind == DocumentProblemKind.Uncertain);
            var skipped = imported.Unplaced.Count(p => p.Kind == DocumentProblemKind.Skipped);
            AnsiConsole.MarkupLine($"推測で読んだ箇所 {uncertain} 件、計画の外として読み飛ばした箇所 {skipped} 件（一覧は officedx import --report で書き出せます）");
            if (lost.Length == 0)
            {
                AnsiConsole.MarkupLine("[green]施策の章で読み込まなかった表・段落はありません。[/]");
                return CliApplication.Success;
            }
            AnsiConsole.MarkupLine($"[yellow]読み込まなかった表・段落 {lost.Length} 件[/]:");
            LostPlacesOnScreen.Write(AnsiConsole.Console, lost);
            return CliApplication.Differences;
        }
    }
}
