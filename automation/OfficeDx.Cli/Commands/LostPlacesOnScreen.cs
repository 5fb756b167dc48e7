using OfficeDx.Documents.Ooxml;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>
/// The places an import left unread, as a screenful: at most <see cref="Shown"/> of them, each quoted to its start. A damaged
/// extraction can repeat one line 5,000 times, and a table read as one block can be a megabyte of text; the report file has it all.
/// </summary>
internal static class LostPlacesOnScreen
{
    public const int Shown = 50;

    /// <summary>How much of one unread place is quoted on screen.</summary>
    private const int Quoted = 300;

    public static string Shortened(string text) => text.Length <= Quoted ? text : text[..Quoted] + "…（以下略。全文は --report の報告に）";

    public static void Write(IAnsiConsole console, IReadOnlyList<DocumentProblem> lost)
    {
        foreach (var problem in lost.Take(Shown))
            console.MarkupLine($"  [yellow]{Markup.Escape(Shortened(problem.Place))}[/]: {Markup.Escape(Shortened(problem.Message))}");
        if (lost.Count > Shown)
            console.MarkupLine($"  ほか {lost.Count - Shown} 件（全件は officedx import --report report.json で書き出せます）。");
    }
}
