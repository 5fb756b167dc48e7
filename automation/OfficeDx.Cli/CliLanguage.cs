using System.CommandLine;
using System.Globalization;

namespace OfficeDx.Cli;

/// <summary>
/// The language officedx speaks to a person: Japanese unless English is asked for with <c>--lang en</c> or
/// <c>OFFICEDX_LANG=en</c>, whatever LANG says (a fresh Debian or container shell has LANG=C.UTF-8).
/// </summary>
public static class CliLanguage
{
    public const string OptionName = "--lang";
    public const string EnvironmentVariable = "OFFICEDX_LANG";

    public static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The option every command accepts; read before parsing too, since the parser words its own errors in the UI culture.</summary>
    public static Option<string> CreateOption()
    {
        var option = new Option<string>(OptionName)
        {
            Description = $"表示の言語（ja または en。既定は ja。環境変数 {EnvironmentVariable} でも指定できます）",
            Recursive = true,
            HelpName = "ja|en",
        };
        option.AcceptOnlyFromAmong("ja", "en");
        return option;
    }

    /// <summary>The culture for this run: <c>--lang</c> first, then <see cref="EnvironmentVariable"/>, else Japanese.</summary>
    public static CultureInfo Resolve(IReadOnlyList<string> args, string? environmentValue)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == OptionName && i + 1 < args.Count) return FromName(args[i + 1]);
            if (args[i].StartsWith(OptionName + "=", StringComparison.Ordinal) || args[i].StartsWith(OptionName + ":", StringComparison.Ordinal))
                return FromName(args[i][(OptionName.Length + 1)..]);
        }
        return FromName(environmentValue);
    }

    /// <summary>The language of this run (set once at start by <see cref="Apply"/>).</summary>
    public static CultureInfo Current { get; private set; } = Japanese;

    /// <summary>Whether this run speaks English.</summary>
    public static bool InEnglish => IsEnglish(Current);

    /// <summary>
    /// Makes <paramref name="culture"/> this run's language. System.CommandLine itself runs under the invariant UI culture:
    /// its Japanese resources cover only some of its messages, so it always speaks English and we reword it
    /// (<see cref="Help.HelpFraming"/>, <see cref="Help.JapaneseParseErrors"/>), one wording whatever LANG says.
    /// </summary>
    public static void Apply(CultureInfo culture)
    {
        Current = culture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
    }

    /// <summary>Whether <paramref name="culture"/> is the English that <c>--lang en</c> asks for.</summary>
    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    private static CultureInfo FromName(string? name) =>
        name is not null && name.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Japanese;
}
