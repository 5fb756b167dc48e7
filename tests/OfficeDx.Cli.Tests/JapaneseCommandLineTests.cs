using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>
/// What a person reads from the command line itself (help, parse errors) is Japanese whatever LANG says, as on a fresh
/// Debian shell (LANG=C.UTF-8); English only with --lang en or OFFICEDX_LANG=en.
/// </summary>
[TestClass]
public sealed class JapaneseCommandLineTests
{
    /// <summary>A plain container shell: no Japanese locale anywhere, no language asked for.</summary>
    public static readonly IReadOnlyDictionary<string, string?> CLocale = new Dictionary<string, string?>
    {
        ["LANG"] = "C.UTF-8",
        ["LC_ALL"] = null,
        ["LC_MESSAGES"] = null,
        ["LANGUAGE"] = null,
        ["OFFICEDX_LANG"] = null,
    };

    private static readonly string[] EnglishFraming =
        ["Description:", "Usage:", "Options:", "Commands:", "Arguments:", "(REQUIRED)", "[default:", "Show help", "is required", "[options]"];

    [TestMethod]
    public void AMissingRequiredOptionUnderTheCLocaleIsAJapaneseErrorThenJapaneseHelp()
    {
        using var temp = new TempDirectory();

        var result = OfficedxProcess.Run(temp.Path, CLocale, "generate");

        CliAssert.ExitCode(CliAssert.BadInput, result);
        CliAssert.StdErrContains(result, "エラー オプション --plan を指定してください。", "エラー オプション --out を指定してください。");
        CliAssert.StdOutContains(result, "説明:", "計画ファイルから Word 文書を作成します。", "使い方:", "officedx generate [オプション]", "オプション:",
            "--plan <plan> （必須）", "ヘルプ（使い方とオプションの説明）を表示します。");
        foreach (var english in EnglishFraming) Assert.DoesNotContain(english, result.StdOut + result.StdErr, result.ToString());
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("demo")]
    [DataRow("glossary")]
    [DataRow("glossary mark")]
    [DataRow("excel collect")]
    [DataRow("harvest")]
    [DataRow("status")]
    [DataRow("revise")]
    public void EveryHelpIsFramedInJapanese(string command)
    {
        using var temp = new TempDirectory();

        var result = OfficedxProcess.Run(temp.Path, CLocale, [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        CliAssert.ExitCode(CliAssert.Success, result);
        CliAssert.StdOutContains(result, "説明:", "使い方:", "オプション:");
        foreach (var english in EnglishFraming) Assert.DoesNotContain(english, result.StdOut, result.ToString());
    }

    [TestMethod]
    public void AnUnknownCommandAndABadValueAreJapaneseErrors()
    {
        using var temp = new TempDirectory();

        var unknown = OfficedxProcess.Run(temp.Path, CLocale, "genrate");
        var badNumber = OfficedxProcess.Run(temp.Path, CLocale, "status", "--count", "many");

        CliAssert.ExitCode(CliAssert.BadInput, unknown);
        CliAssert.StdErrContains(unknown, "genrate というコマンドや引数はありません。");
        CliAssert.ExitCode(CliAssert.BadInput, badNumber);
        CliAssert.StdErrContains(badNumber, "オプション --count の値 「many」 を読めません");
    }

    [TestMethod]
    public void EnglishOnlyWhenAskedForWithLangOrOfficedxLang()
    {
        using var temp = new TempDirectory();
        var english = new Dictionary<string, string?>(CLocale) { ["OFFICEDX_LANG"] = "en" };
        var japaneseLocaleButEnglishAsked = new Dictionary<string, string?>(CLocale) { ["LANG"] = "ja_JP.UTF-8" };

        var byVariable = OfficedxProcess.Run(temp.Path, english, "generate");
        var byOption = OfficedxProcess.Run(temp.Path, japaneseLocaleButEnglishAsked, "generate", "--lang", "en");

        foreach (var result in new[] { byVariable, byOption })
        {
            CliAssert.ExitCode(CliAssert.BadInput, result);
            CliAssert.StdErrContains(result, "Option '--plan' is required.");
            CliAssert.StdOutContains(result, "Usage:", "Show help and usage information");
        }
    }
}
