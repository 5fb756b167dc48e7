using System.CommandLine;
using OfficeDx.Documents.Glossary;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx glossary mark: marks known terms where they first (or every time) appear, then refreshes.</summary>
internal static class GlossaryMarkCommand
{
    public static Command Create()
    {
        var document = GlossaryCommand.DocumentArgument();
        var profile = GlossaryCommand.ProfileOption();
        var terms = GlossaryCommand.TermsOption();
        var output = GlossaryCommand.OutOption();
        var inPlace = GlossaryCommand.InPlaceOption();
        var every = new Option<bool>("--every") { Description = "最初の一か所だけでなく、出てくるたびに注記を付けます。" };
        var term = new Option<string?>("--term") { Description = "この用語だけに注記を付けます（表記ゆれも可）。" };
        var occurrence = new Option<int?>("--occurrence") { Description = "--term の何番目の出現に付けるか（1 から）。" };
        var command = new Command("mark", "用語集にある用語に注記を付け、番号と用語集を更新します。") { document, profile, terms, output, inPlace, every, term, occurrence };
        command.SetAction(result => GlossaryCommand.Guard(() =>
        {
            var source = result.GetValue(document)!;
            var target = GlossaryCommand.Target(source, result.GetValue(output), result.GetValue(inPlace));
            var bytes = GlossaryCommand.ReadDocument(source);
            var style = GlossaryCommand.LoadProfile(result.GetValue(profile), bytes, source.FullName).Glossary;
            var marked = GlossaryEditor.Mark(bytes, source.FullName, style, GlossaryCommand.LoadTerms(result.GetValue(terms)),
                result.GetValue(every) ? MarkMode.Every : MarkMode.First, result.GetValue(term), result.GetValue(occurrence));
            GlossaryCommand.Write(marked, target, "注記を付けました");
            return CliApplication.Success;
        }));
        return command;
    }
}
