using Spectre.Console;

namespace OfficeDx.Cli;

/// <summary>
/// The consoles officedx writes to. When a stream is redirected (a script, a log file, CI) Spectre.Console assumes
/// 80 columns and wraps long lines, splitting file paths, JSON paths and XPaths in two; redirected output is not wrapped.
/// </summary>
internal static class Consoles
{
    /// <summary>Wide enough that no message is ever wrapped.</summary>
    private const int UnwrappedWidth = 4096;

    /// <summary>Stops the standard-output console (used through <see cref="AnsiConsole"/>) from wrapping when redirected.</summary>
    public static void Configure()
    {
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = UnwrappedWidth;
    }

    /// <summary>A console on standard error, for messages about bad input and problems found.</summary>
    public static IAnsiConsole Error()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected) console.Profile.Width = UnwrappedWidth;
        return console;
    }
}
