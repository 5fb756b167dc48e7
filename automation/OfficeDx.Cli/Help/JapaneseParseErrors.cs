using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace OfficeDx.Cli.Help;

/// <summary>
/// System.CommandLine's parse errors in Japanese. Its Japanese resources do not cover them in 2.0.0, so each message is
/// matched against the English wording of its resource (Properties/Resources.resx) and worded again; a message we do not
/// know is shown as it is, after a Japanese heading.
/// </summary>
internal static partial class JapaneseParseErrors
{
    private static readonly (Regex English, string Japanese)[] Messages =
    [
        (Pattern(@"Option '(?<a>.+)' is required\."), "オプション ${a} を指定してください。"),
        (Pattern(@"Required argument missing for command: '(?<a>.+)'\."), "コマンド ${a} に必要な引数がありません。"),
        (Pattern(@"Required argument missing for option: '(?<a>.+)'\."), "オプション ${a} の値がありません。"),
        (Pattern(@"Required command was not provided\."), "コマンドを指定してください。"),
        (Pattern(@"Unrecognized command or argument '(?<a>.+)'\."), "${a} というコマンドや引数はありません。"),
        (Pattern(@"Argument '(?<a>.+)' not recognized\. Must be one of:(?<b>.*)"), "${a} は指定できません。次のどれかにしてください:${b}"),
        (Pattern(@"Cannot parse argument '(?<a>.*)' for option '(?<b>.+)' as expected type '(?<c>.+)'\."), "オプション ${b} の値 「${a}」 を読めません（${c} が必要です）。"),
        (Pattern(@"Cannot parse argument '(?<a>.*)' for command '(?<b>.+)' as expected type '(?<c>.+)'\."), "コマンド ${b} の引数 「${a}」 を読めません（${c} が必要です）。"),
        (Pattern(@"Cannot parse argument '(?<a>.*)' as expected type '(?<c>.+)'\."), "引数 「${a}」 を読めません（${c} が必要です）。"),
        (Pattern(@"Option '(?<a>.+)' expects a single argument but (?<b>\d+) were provided\."), "オプション ${a} には値を一つだけ指定してください（${b} 個あります）。"),
        (Pattern(@"Command '(?<a>.+)' expects a single argument but (?<b>\d+) were provided\."), "コマンド ${a} には引数を一つだけ指定してください（${b} 個あります）。"),
        (Pattern(@"Option '(?<a>.+)' expects no more than (?<b>\d+) arguments, but (?<c>\d+) were provided\."), "オプション ${a} の値は ${b} 個までです（${c} 個あります）。"),
        (Pattern(@"Command '(?<a>.+)' expects no more than (?<b>\d+) arguments, but (?<c>\d+) were provided\."), "コマンド ${a} の引数は ${b} 個までです（${c} 個あります）。"),
        (Pattern(@"No argument was provided for Option '(?<a>.+)'\."), "オプション ${a} の値がありません。"),
        (Pattern(@"No argument was provided for Command '(?<a>.+)'\."), "コマンド ${a} の引数がありません。"),
        (Pattern(@"File does not exist: '(?<a>.+)'\."), "ファイルがありません: ${a}"),
        (Pattern(@"Directory does not exist: '(?<a>.+)'\."), "フォルダがありません: ${a}"),
        (Pattern(@"File or directory does not exist: '(?<a>.+)'\."), "ファイルまたはフォルダがありません: ${a}"),
        (Pattern(@"Character not allowed in a path: '(?<a>.+)'\."), "パスに使えない文字があります: ${a}"),
        (Pattern(@"Character not allowed in a file name: '(?<a>.+)'\."), "ファイル名に使えない文字があります: ${a}"),
        (Pattern(@"Response file not found '(?<a>.+)'\."), "レスポンスファイルがありません: ${a}"),
        (Pattern(@"(?<a>.+) option cannot be combined with other arguments\."), "${a} はほかの引数と一緒には使えません。"),
    ];

    /// <summary>One parse error's message in the current UI language.</summary>
    public static string Translate(string message)
    {
        if (CliLanguage.InEnglish) return message;
        foreach (var (english, japanese) in Messages)
        {
            var match = english.Match(message);
            if (match.Success) return match.Result(japanese);
        }
        return message;
    }

    /// <summary>Prints every parse error on standard error, then the help of the command that was being parsed.</summary>
    public static int Report(ParseResult parsed)
    {
        var error = Consoles.Error();
        var heading = CliLanguage.InEnglish ? "Error" : CliMessages.ErrorHeading;
        foreach (var parseError in parsed.Errors)
            error.MarkupLine($"[red]{heading}[/] {Markup.Escape(Translate(parseError.Message))}");
        error.WriteLine();
        LocalizedHelp.WriteFor(parsed);
        return CliApplication.BadInput;
    }

    private static Regex Pattern(string english) => new("^" + english + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
}
