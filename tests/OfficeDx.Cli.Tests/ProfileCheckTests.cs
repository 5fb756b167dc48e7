using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>officedx profile check: a city's profile tried on its document — what was read, which fields stayed empty, every table or paragraph left unread.</summary>
[TestClass]
public sealed class ProfileCheckTests
{
    [TestMethod]
    public void A_fitting_profile_reads_every_measure_and_exits_0()
    {
        using var temp = new TempDirectory();

        var result = OfficedxProcess.Run(temp.Path, "profile", "check", "katagami", RepositoryFiles.Seed("katagami-dx-plan-2023.txt"));

        CliAssert.ExitCode(0, result);
        CliAssert.StdOutContains(result, "施策 38 件", "空の欄", "読み込まなかった表・段落はありません");
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void A_profile_whose_labels_do_not_fit_lists_every_table_left_unread_and_exits_1()
    {
        using var temp = new TempDirectory();
        // Hachinohe's profile knows none of Katagami's row labels except a few synonyms: its measure tables are left unread.
        var result = OfficedxProcess.Run(temp.Path, "profile", "check", "hachinohe", RepositoryFiles.Seed("katagami-dx-plan-2023.txt"));

        CliAssert.ExitCode(1, result);
        CliAssert.StdOutContains(result, "読み込まなかった表・段落", "番目の表");
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void A_missing_document_is_bad_input_in_japanese()
    {
        using var temp = new TempDirectory();

        var result = OfficedxProcess.Run(temp.Path, "profile", "check", "katagami", temp.File("none.docx"));

        CliAssert.ExitCode(2, result);
        CliAssert.StdErrContains(result, "ファイルが見つかりません");
        CliAssert.NoStackTrace(result);
    }
}
