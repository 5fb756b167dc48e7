using System.CommandLine;
using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Revisions;
using OfficeDx.Storage;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx revise: the next edition, its 新旧対照表 and the change log from a plan and the year's changes.</summary>
internal static class ReviseCommand
{
    public static Command Create()
    {
        var plan = new Option<string>("--plan") { Description = "現在の版の計画: " + PlanSource.Help, Required = true };
        var changes = new Option<FileInfo>("--changes") { Description = "今年度の変更を反映した計画ファイル（plan.next.json）", Required = true };
        var edition = new Option<string>("--edition") { Description = "新しい版の表示（例：令和5年3月改訂）", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "出力先フォルダ", Required = true };
        var profile = new Option<string?>("--profile") { Description = "プロファイル名（省略時は計画ファイルの profile）" };
        var mapping = new Option<FileInfo?>("--mapping") { Description = "分野の組み替えの指定（JSON）" };
        var command = new Command("revise", "改訂版の計画書、新旧対照表、変更履歴（JSON・CSV）を作成します。") { plan, changes, edition, output, profile, mapping };
        command.SetAction(result => GlossaryCommand.Guard(() =>
        {
            Plan current;
            try
            {
                current = PlanSource.Load(result.GetValue(plan)!);
            }
            catch (StoreException e)
            {
                Consoles.Error().MarkupError($"{Markup.Escape(Redaction.Redact(e.Message))}");
                return CliApplication.BadInput;
            }
            var changed = PlanFile.Load(result.GetValue(changes)!.FullName);
            var style = CommandProfiles.Choose(result.GetValue(profile), current);
            var restructure = result.GetValue(mapping) is { } file ? RestructureMapping.Load(file.FullName) : null;
            var revised = EditionReviser.Revise(current, changed, result.GetValue(edition)!, style, restructure);
            var target = result.GetValue(output)!;
            revised.WriteTo(target.FullName);

            var summary = revised.Summary;
            var table = new Table().Title($"{Markup.Escape(revised.Plan.Title)}（{Markup.Escape(revised.Plan.Edition ?? "")}）").AddColumns("区分", "件数");
            table.AddRow("内容を修正した施策", summary.Count(RevisionKind.Modified).ToString());
            table.AddRow("追加した施策", summary.Count(RevisionKind.Added).ToString());
            table.AddRow("実施済みとした施策", summary.Count(RevisionKind.Completed).ToString());
            table.AddRow("分野を移した施策", summary.Count(RevisionKind.Moved).ToString());
            table.AddRow("番号を振り直した施策", summary.Count(RevisionKind.Renumbered).ToString());
            table.AddRow("削除した施策", summary.Count(RevisionKind.Removed).ToString());
            table.AddRow("変更履歴の件数", summary.Changes.Count.ToString());
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[green]作成しました[/] {Markup.Escape(target.FullName)}（plan.docx、comparison.docx＝新旧対照表、changes.json、changes.csv、plan.json）");
            return CliApplication.Success;
        }));
        return command;
    }
}
