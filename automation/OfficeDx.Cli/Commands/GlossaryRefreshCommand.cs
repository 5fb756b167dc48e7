using System.CommandLine;
using OfficeDx.Documents.Glossary;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx glossary refresh: renumbers markers in document order and regenerates the glossary section.</summary>
internal static class GlossaryRefreshCommand
{
    public static Command Create()
    {
        var document = GlossaryCommand.DocumentArgument();
        var profile = GlossaryCommand.ProfileOption();
        var terms = GlossaryCommand.TermsOption();
        var output = GlossaryCommand.OutOption();
        var inPlace = GlossaryCommand.InPlaceOption();
        var command = new Command("refresh", "注記の番号を文書の順に振り直し、用語集（または脚注）を作り直します。") { document, profile, terms, output, inPlace };
        command.SetAction(result => GlossaryCommand.Guard(() =>
        {
            var source = result.GetValue(document)!;
            var target = GlossaryCommand.Target(source, result.GetValue(output), result.GetValue(inPlace));
            var bytes = GlossaryCommand.ReadDocument(source);
            var style = GlossaryCommand.LoadProfile(result.GetValue(profile), bytes, source.FullName).Glossary;
            var refreshed = GlossaryEditor.Refresh(bytes, source.FullName, style, GlossaryCommand.LoadTerms(result.GetValue(terms)));
            GlossaryCommand.Write(refreshed, target, "用語集を更新しました");
            return CliApplication.Success;
        }));
        return command;
    }
}
