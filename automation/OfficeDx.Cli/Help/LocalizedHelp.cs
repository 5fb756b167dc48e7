using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace OfficeDx.Cli.Help;

/// <summary>
/// <c>--help</c> in Japanese. System.CommandLine 2.0.0 keeps its help builder internal and its Japanese resources leave
/// the section titles, "(REQUIRED)" and the help option's description in English, so the help it writes is captured
/// and its framing reworded by <see cref="HelpFraming"/>.
/// </summary>
internal static class LocalizedHelp
{
    /// <summary>Words the help and version options' descriptions in the current UI language.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help) help.Description = HelpFraming.HelpOptionDescription();
            if (option is VersionOption version) version.Description = HelpFraming.VersionOptionDescription();
        }
    }

    /// <summary>Invokes the parsed command line; what System.CommandLine itself writes (help, version) is reworded on the way out.</summary>
    public static int Invoke(ParseResult parsed)
    {
        var captured = new StringWriter();
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = captured });
        }
        finally
        {
            Console.Out.Write(HelpFraming.Localize(captured.ToString()));
        }
    }

    /// <summary>The help of the command a (failed) parse stopped in, as <c>--help</c> would print it.</summary>
    public static void WriteFor(ParseResult parsed)
    {
        var path = new List<string>();
        for (SymbolResult? result = parsed.CommandResult; result is CommandResult command && command.Parent is not null; result = command.Parent)
            path.Insert(0, command.Command.Name);
        path.Add("--help");
        Invoke(parsed.RootCommandResult.Command.Parse(path));
    }
}
