using System.CommandLine;
using System.Text.Json;
using OfficeDx.Core.Json;
using OfficeDx.Documents.Glossary;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx glossary check: unmarked terms, markers without a definition, unused entries, variant spellings, differing definitions.</summary>
internal static class GlossaryCheckCommand
{
    private static readonly JsonSerializerOptions Json = new(PlanJson.Options);

    public static Command Create()
    {
        var document = GlossaryCommand.DocumentArgument();
        var terms = GlossaryCommand.TermsOption();
        var json = new Option<bool>("--json") { Description = "結果を JSON で出力します。" };
        var command = new Command("check", "用語の注記・用語集・表記ゆれ・解説の違いを調べます（文書は変更しません）。問題があれば終了コード 1。") { document, terms, json };
        command.SetAction(result => GlossaryCommand.Guard(() =>
        {
            var source = result.GetValue(document)!;
            var report = GlossaryChecker.Check(GlossaryCommand.ReadDocument(source), source.FullName, GlossaryCommand.LoadTerms(result.GetValue(terms)));
            if (result.GetValue(json)) Console.Out.Write(JsonSerializer.Serialize(report, Json) + "\n");
            else Print(report);
            return report.IsClean ? CliApplication.Success : CliApplication.Differences;
        }));
        return command;
    }

    private static void Print(GlossaryReport report)
    {
        var console = AnsiConsole.Console;
        if (report.IsClean)
        {
            console.MarkupLine($"[green]問題はありません[/] {Markup.Escape(report.File)}");
            return;
        }
        void Section<T>(IReadOnlyList<T> items, string title, Func<T, string> line)
        {
            if (items.Count == 0) return;
            console.MarkupLine($"[yellow]{Markup.Escape(title)}（{items.Count} 件）[/]");
            foreach (var item in items) console.MarkupLine("  " + Markup.Escape(line(item)));
        }
        Section(report.UnmarkedTerms, "注記の無い用語", u => $"{u.Term} — 最初は {u.Place}");
        Section(report.MarkersWithoutDefinition, "解説の無い注記", m => $"{m.Marker}（{m.Term ?? "用語不明"}） — {m.Place}");
        Section(report.UnusedEntries, "本文で使われていない用語", t => t);
        Section(report.Variants, "表記ゆれ", v => $"{v.Term}: " + string.Join("／", v.Spellings.Select(s => $"「{s.Spelling}」{string.Join("、", s.Places)}")));
        Section(report.DefinitionsDiffering, "用語集ファイルと解説が違う用語", d => $"{d.Term}: 文書「{Shorten(d.Document)}」／用語集ファイル「{Shorten(d.TermBase)}」");
        Section(report.ForeignMarkers, "手で書かれた注記（タグ付きでない）", m => $"{m.Marker}（{m.Term ?? "用語不明"}） — {m.Place}");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text.Replace('\n', ' ') : text[..40].Replace('\n', ' ') + "…";
}
