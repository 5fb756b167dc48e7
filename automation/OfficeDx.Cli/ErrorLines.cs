using Spectre.Console;

namespace OfficeDx.Cli;

/// <summary>Writes the one shape every command-line error takes: a red 「エラー」 heading, then the message.</summary>
internal static class ErrorLines
{
    /// <summary>Writes <paramref name="markup"/> (Spectre markup; escape what the user supplied) after the red heading.</summary>
    public static void MarkupError(this IAnsiConsole console, string markup) =>
        console.MarkupLine($"[red]{CliMessages.ErrorHeading}[/] {markup}");
}
