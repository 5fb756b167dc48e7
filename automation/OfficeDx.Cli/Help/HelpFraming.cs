using System.Text.RegularExpressions;

namespace OfficeDx.Cli.Help;

/// <summary>
/// The words System.CommandLine frames help with (section titles, "(REQUIRED)", "[default: …]"), in Japanese unless the
/// UI language is English. Our own descriptions are already Japanese; only the framing is replaced.
/// </summary>
internal static partial class HelpFraming
{
    private static readonly (string English, string Japanese)[] Titles =
    [
        ("Description:", "説明:"),
        ("Usage:", "使い方:"),
        ("Arguments:", "引数:"),
        ("Options:", "オプション:"),
        ("Commands:", "コマンド:"),
        ("Additional Arguments:", "その他の引数:"),
    ];

    private static bool English => CliLanguage.InEnglish;

    public static string HelpOptionDescription() => English ? "Show help and usage information" : "ヘルプ（使い方とオプションの説明）を表示します。";

    public static string VersionOptionDescription() => English ? "Show version information" : "バージョンを表示します。";

    /// <summary>Rewrites the framing of help text rendered by System.CommandLine.</summary>
    public static string Localize(string help)
    {
        if (English) return help;
        var lines = help.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimEnd('\r');
            foreach (var (english, japanese) in Titles)
            {
                if (trimmed == english) line = japanese + line[trimmed.Length..];
            }
            line = line.Replace("(REQUIRED)", "（必須）  ", StringComparison.Ordinal) // as wide as "(REQUIRED)" on a terminal, so the columns stay aligned
                .Replace("[options]", "[オプション]", StringComparison.Ordinal)
                .Replace("[command]", "[コマンド]", StringComparison.Ordinal);
            lines[i] = DefaultValue().Replace(line, "[既定値: ${value}]");
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"\[default: (?<value>[^\]]*)\]")]
    private static partial Regex DefaultValue();
}
